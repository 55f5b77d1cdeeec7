package com.applicationmanager.live;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.applicationmanager.role.WorkerOnlyProfile;
import com.applicationmanager.testing.LiveClient;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/** A worker serves no stream: neither the WebSocket handshake nor SSE, whatever the id. */
@QuarkusTest
@TestProfile(WorkerOnlyProfile.class)
class LiveOnWorkerTest {

    @Test
    void aWorkerRefusesWebSocketUpgradesAndSse() {
        String baseUrl = "http://127.0.0.1:" + RestAssured.port;
        for (String path : new String[] { "/api/v1/applications/" + UUID.randomUUID() + "/events", "/api/v1/tenants/public/events" }) {
            assertThat(LiveClient.refusedHandshake(baseUrl, path, Map.of())).isEqualTo(404);
            given().accept("text/event-stream").get(path).then().statusCode(404).contentType("application/problem+json");
        }
    }
}
