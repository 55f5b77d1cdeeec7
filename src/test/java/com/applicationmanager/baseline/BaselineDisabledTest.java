package com.applicationmanager.baseline;

import static com.applicationmanager.testing.ApplicationRequestBuilder.anApplication;
import static com.applicationmanager.testing.Credentials.asClient;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The default configuration: the baseline does not exist, for clients and anonymous callers alike. */
@QuarkusTest
class BaselineDisabledTest {

    @Test
    void baselineAnswers404UnlessEnabled() {
        asClient().contentType(ContentType.JSON).body(anApplication().build())
                .post("/api/v1/baseline/applications")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().contentType(ContentType.JSON).body(anApplication().build())
                .post("/api/v1/baseline/applications")
                .then().statusCode(404);
    }
}
