package com.applicationmanager.client;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Named operator accounts ({@code %test.app.admin.accounts.test-operator}) beside the one operator credential. */
@QuarkusTest
class OperatorAccountsTest {

    private static final String NAME = "test-operator";
    private static final String PASSWORD = "test-only-operator-password";

    @Test
    void aNamedOperatorSignsInAsThemselfAndTheAuditLogSaysWho() {
        given().auth().preemptive().basic(NAME, PASSWORD).post("/api/v1/admin/consumption/resume").then().statusCode(200);

        assertThat(given().auth().preemptive().basic(NAME, PASSWORD).get("/api/v1/admin/audit?action=resume").then()
                .statusCode(200).extract().jsonPath().getList("actor", String.class)).contains(NAME);
        given().auth().preemptive().basic(NAME, "test-only-admin-password").get("/api/v1/admin/audit").then()
                .statusCode(401);
    }
}
