package com.applicationmanager.deploy;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The worker pods' probes and scrape path, asked of a real worker (readiness includes its broker consumers). */
@QuarkusTest
@TestProfile(ServedProbes.WorkerProfile.class)
class WorkerProbesAreServedTest {

    @Test
    void everyPathTheManifestsProbeAnswersOnARunningWorker() {
        ServedProbes.answerOnARunningApplication("worker");
    }
}
