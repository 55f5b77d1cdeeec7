package com.applicationmanager.pipeline;

import static com.applicationmanager.testing.ApplicationRequestBuilder.anApplication;
import static com.applicationmanager.testing.Credentials.asClient;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.applicationmanager.testing.JobPostingBuilder;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(NewJobTypeProfile.class)
class PluggableStepTest {

    @BeforeEach
    void openPosting() {
        JobPostingBuilder.ensureOpen("eng-backend-042"); // the posting the builder names
    }

    @Test
    void aNewJobTypeRunsItsConfiguredSteps() {
        String id = asClient().contentType(ContentType.JSON)
                .body(anApplication().withType("town-crier").withCandidateName("Ada Lovelace").build())
                .post("/api/v1/applications").then().statusCode(202).extract().path("id");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> asClient().get("/api/v1/applications/{id}", id)
                .then().body("status", equalTo("COMPLETED"))
                .body("result.shouted", equalTo("ADA LOVELACE")));
    }

    @Test
    void otherTypesKeepTheDefaultSteps() {
        String id = asClient().contentType(ContentType.JSON).body(anApplication().withType("engineering").build())
                .post("/api/v1/applications").then().statusCode(202).extract().path("id");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> asClient().get("/api/v1/applications/{id}", id)
                .then().body("status", equalTo("COMPLETED"))
                .body("result.shouted", nullValue())
                .body("result.notification", equalTo(id + ":application.processed")));
    }
}
