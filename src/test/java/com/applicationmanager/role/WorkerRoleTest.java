package com.applicationmanager.role;

import static com.applicationmanager.testing.ApplicationRequestBuilder.anApplication;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(WorkerOnlyProfile.class)
class WorkerRoleTest {

    @Test
    void apiAnswers404OnAWorker() {
        given().contentType(ContentType.JSON).body(anApplication().build())
                .post("/api/v1/applications")
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/applications/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void healthAndMetricsStayUp() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'SmallRye Reactive Messaging - readiness check' }.data.'applications-free'",
                        equalTo("[OK]"))
                .body("checks.find { it.name == 'SmallRye Reactive Messaging - readiness check' }.data.'applications-enterprise'",
                        equalTo("[OK]"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }
}
