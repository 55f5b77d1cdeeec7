package com.applicationmanager.live;

import static com.applicationmanager.testing.Credentials.asClient;
import static com.applicationmanager.testing.Credentials.newClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import com.applicationmanager.testing.Credentials.NewClient;
import com.applicationmanager.testing.LiveClient;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/** Concurrent streams are capped per client and per address, SSE and WebSocket counted together. */
@QuarkusTest
@TestProfile(StreamCapsProfile.class)
class StreamCapsTest {

    @Test
    void aClientAndAnAddressGetOnlyTheirShareOfStreamsAndAClosedOneFreesItsSlot() {
        String baseUrl = "http://127.0.0.1:" + RestAssured.port;
        NewClient first = newClient("free", null);
        NewClient second = newClient("free", null);
        String firstPath = "/api/v1/tenants/" + first.tenant() + "/events";
        String secondPath = "/api/v1/tenants/" + second.tenant() + "/events";

        try (LiveClient socket = LiveClient.webSocket(baseUrl, firstPath, first.key());
                LiveClient sse = LiveClient.serverSentEvents(baseUrl, firstPath, first.key())) {
            assertThat(LiveClient.refusedHandshake(baseUrl, firstPath, first.key())).as("third of one client").isEqualTo(429);
            asClient(first.key()).accept("text/event-stream").get(firstPath).then().statusCode(429)
                    .header("Retry-After", "5").contentType("application/problem+json");

            try (LiveClient another = LiveClient.webSocket(baseUrl, secondPath, second.key())) {
                assertThat(LiveClient.refusedHandshake(baseUrl, secondPath, second.key()))
                        .as("fourth from one address").isEqualTo(429);
            }

            socket.close();
            await().atMost(Duration.ofSeconds(10)).until(() -> opens(baseUrl, firstPath, first.key()));
        }
    }

    private static boolean opens(String baseUrl, String path, String key) {
        try (LiveClient ignored = LiveClient.webSocket(baseUrl, path, key)) {
            return true;
        } catch (CompletionException refused) {
            return false;
        }
    }
}
