package com.applicationmanager.admin.testing;

import static com.applicationmanager.testing.ApplicationRequestBuilder.anApplication;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.applicationmanager.testing.Credentials;
import com.applicationmanager.testing.JobPostingBuilder;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The operations tests' calls: as the admin, as another user, and submissions of the failing job type. */
public final class Ops {

    private Ops() {
    }

    public static RequestSpecification asAdmin() {
        return Credentials.asAdmin();
    }

    public static RequestSpecification asClient() {
        return Credentials.asClient();
    }

    /** Submits an application of the test job type; the candidate's name carries TroubleStep's markers. */
    public static String submit(String candidateName) {
        JobPostingBuilder.ensureOpen("eng-backend-042");
        return asClient().contentType(ContentType.JSON)
                .body(anApplication().withType(OpsTestProfile.JOB_TYPE).withCandidateName(candidateName).build())
                .post("/api/v1/applications").then().statusCode(202).extract().path("id");
    }

    public static String status(String id) {
        return asClient().get("/api/v1/applications/{id}", id).then().statusCode(200).extract().path("status");
    }

    public static void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(20)).until(() -> status.equals(status(id)));
    }

    public static String deadLetterQueue() {
        return OpsTestProfile.PREFIX + ".dead-letter";
    }

    public static String workQueue() {
        return OpsTestProfile.PREFIX + ".work.free";
    }
}
