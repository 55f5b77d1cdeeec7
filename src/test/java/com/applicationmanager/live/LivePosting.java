package com.applicationmanager.live;

import static com.applicationmanager.testing.ApplicationRequestBuilder.anApplication;
import static com.applicationmanager.testing.Credentials.asClient;
import static com.applicationmanager.testing.JobPostingBuilder.aPosting;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** A live test's own open posting on the running application, and applications to it whose streams it follows. */
final class LivePosting {

    /** Where the live endpoints are served. */
    final String baseUrl = "http://127.0.0.1:" + RestAssured.port;
    private final String posting = aPosting().create();

    /** @return the id of a new application to the posting, accepted for processing */
    String submit() {
        return asClient().contentType(ContentType.JSON).body(anApplication().with("jobPostingId", posting).build())
                .post("/api/v1/applications").then().statusCode(202).extract().path("id");
    }
}
