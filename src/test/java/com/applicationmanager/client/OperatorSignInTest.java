package com.applicationmanager.client;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Guessing the operator password over HTTP Basic: after the allowance, even the right password answers 429
 * with Retry-After, unchecked. Tests of this class share one address (127.0.0.1), so each asserts only what
 * holds whichever ran first.
 */
@QuarkusTest
@TestProfile(SignInThrottleProfile.class)
class OperatorSignInTest {

    private static final String AUDIT = "/api/v1/admin/audit";

    @Test
    void guessingAUsersPasswordIsThrottledEvenForTheRightOne() {
        String user = "admin";
        for (int i = 0; i < 3; i++) {
            int status = given().auth().preemptive().basic(user, "guess-" + i).get(AUDIT).statusCode();
            assertThat(status).isIn(401, 429);
        }
        assertThrottled(given().auth().preemptive().basic(user, "test-only-admin-password").get(AUDIT));
    }

    @Test
    void guessingFromOneAddressUnderManyNamesIsThrottled() {
        int attempts = 0;
        int status;
        do {
            status = given().auth().preemptive().basic("nobody-" + UUID.randomUUID(), "guess").get(AUDIT).statusCode();
            attempts++;
        } while (status == 401 && attempts <= 6);
        assertThat(attempts).as("refused within the address's allowance").isLessThanOrEqualTo(7);
        assertThrottled(given().auth().preemptive().basic("admin", "test-only-admin-password").get(AUDIT));
    }

    private static void assertThrottled(Response response) {
        response.then().statusCode(429).contentType("application/problem+json");
        assertThat(Long.parseLong(response.header("Retry-After"))).isBetween(1L, 15 * 60L);
    }
}
