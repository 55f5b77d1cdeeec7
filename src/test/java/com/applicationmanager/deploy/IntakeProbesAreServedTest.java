package com.applicationmanager.deploy;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The intake pods' probes and scrape path, asked of a real intake process (database, broker and all). */
@QuarkusTest
@TestProfile(ServedProbes.IntakeProfile.class)
class IntakeProbesAreServedTest {

    @Test
    void everyPathTheManifestsProbeAnswersOnARunningIntake() {
        ServedProbes.answerOnARunningApplication("intake");
    }
}
