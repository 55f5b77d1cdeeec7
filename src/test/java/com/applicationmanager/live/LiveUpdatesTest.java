package com.applicationmanager.live;

import static com.applicationmanager.testing.Credentials.asClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.applicationmanager.testing.Credentials;
import com.applicationmanager.testing.LiveClient;

import io.quarkus.test.junit.QuarkusTest;

/** Role "all": events go through the real status exchange and come back to this same process. */
@QuarkusTest
class LiveUpdatesTest {

    private LivePosting live;

    @BeforeEach
    void openPosting() {
        live = new LivePosting();
    }

    @Test
    void aWebSocketClientSeesTheWholeTimelineInOrderEachEntryOnce() {
        String id = live.submit();
        try (LiveClient client = LiveClient.webSocket(live.baseUrl, "/api/v1/applications/" + id + "/events", Credentials.clientKey())) {
            assertWholeTimeline(client, id);
        }
    }

    @Test
    void anSseClientSeesTheSameStream() {
        String id = live.submit();
        try (LiveClient client = LiveClient.serverSentEvents(live.baseUrl, "/api/v1/applications/" + id + "/events", Credentials.clientKey())) {
            assertWholeTimeline(client, id);
        }
    }

    @Test
    void aTenantStreamCarriesTheChangesOfEveryApplicationOfTheTenant() {
        try (LiveClient socket = LiveClient.webSocket(live.baseUrl, "/api/v1/tenants/public/events", Credentials.clientKey());
                LiveClient sse = LiveClient.serverSentEvents(live.baseUrl, "/api/v1/tenants/public/events", Credentials.clientKey())) {
            String first = live.submit();
            String second = live.submit();
            for (LiveClient client : new LiveClient[] { socket, sse }) {
                await().atMost(Duration.ofSeconds(15)).until(() -> completed(client, first) && completed(client, second));
            }
        }
    }

    @Test
    void anUnknownApplicationIsA404ForBothTransports() {
        String path = "/api/v1/applications/" + UUID.randomUUID() + "/events";
        assertThat(LiveClient.refusedHandshake(live.baseUrl, path, Credentials.clientKey())).isEqualTo(404);
        asClient().accept("text/event-stream").get(path).then().statusCode(404).contentType("application/problem+json");
    }

    private static void assertWholeTimeline(LiveClient client, String id) {
        await().atMost(Duration.ofSeconds(15)).until(() -> client.statuses().contains("COMPLETED"));
        assertThat(client.statuses()).containsExactly("RECEIVED", "PROCESSING", "COMPLETED");
        assertThat(client.received()).allSatisfy(r -> assertThat(r.event().path("applicationId").asText()).isEqualTo(id));
    }

    private static boolean completed(LiveClient client, String id) {
        return client.received().stream().anyMatch(r -> r.event().path("applicationId").asText().equals(id)
                && r.status().equals("COMPLETED"));
    }
}
