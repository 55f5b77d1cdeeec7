package com.applicationmanager.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.applicationmanager.admin.testing.EmptyDeadLetterQueue;
import com.applicationmanager.testing.Credentials;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The README's walk-through completes as written: docs/walkthrough.sh reads its commands out of the README and
 * runs each, in order, with curl against this test's application (the test profile's client key and operator
 * password in place of the dev ones), checking every answer against what the README says of it.
 */
@QuarkusTest
@ExtendWith(EmptyDeadLetterQueue.class)
class WalkthroughTest {

    @Test
    void everyCommandOfTheReadmeWalkthroughAnswersAsTheReadmeSays() throws IOException, InterruptedException {
        ProcessBuilder script = new ProcessBuilder("bash", "docs/walkthrough.sh").redirectErrorStream(true);
        script.environment().put("BASE", "localhost:" + RestAssured.port);
        script.environment().put("KEY", Credentials.clientKey());
        script.environment().put("ADMIN", ConfigProvider.getConfig().getValue("app.admin.username", String.class) + ":"
                + ConfigProvider.getConfig().getValue("app.admin.password", String.class));
        Process run = script.start();
        boolean ended = run.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            run.destroyForcibly();
        }
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.print(output); // one line per command in the test report, what ran and that it answered as said
        assertThat(ended).as("the walk-through ended within 120 s:\n" + output).isTrue();
        assertThat(run.exitValue()).as(output).isZero();
        assertThat(output).contains("commands answered as the README says");
    }

    /** The walk-through pauses processing for its withdrawal; a run that failed in between must not leave it paused. */
    @AfterEach
    void resumeProcessing() {
        Credentials.asAdmin().post("/api/v1/admin/consumption/resume").then().statusCode(200);
    }
}
