package com.applicationmanager.client;

import static com.applicationmanager.testing.Credentials.asClient;
import static com.applicationmanager.testing.Credentials.newClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.applicationmanager.testing.Credentials.NewClient;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RateLimitTest {

    @Test
    void aClientOverItsLimitGets429WithRetryAfterAndOthersAreNotAffected() {
        NewClient limited = newClient("free", 3);
        for (int i = 0; i < 3; i++) {
            asClient(limited.key()).get("/api/v1/applications/{id}", UUID.randomUUID()).then().statusCode(404);
        }

        String retryAfter = asClient(limited.key()).get("/api/v1/applications/{id}", UUID.randomUUID())
                .then().statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("type", equalTo("urn:problem:rate-limited"))
                .extract().header("Retry-After");
        // 3 a minute: the next token comes 20 s after the last one
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 20L);

        asClient().get("/api/v1/applications/{id}", UUID.randomUUID()).then().statusCode(404);
    }
}
