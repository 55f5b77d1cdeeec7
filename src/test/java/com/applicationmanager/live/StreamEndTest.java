package com.applicationmanager.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.applicationmanager.testing.Credentials;
import com.applicationmanager.testing.LiveClient;

import io.quarkus.test.junit.QuarkusTest;

/** An application's stream ends after its final status, on both transports; a tenant's stream goes on. */
@QuarkusTest
class StreamEndTest {

    private LivePosting live;

    @BeforeEach
    void openPosting() {
        live = new LivePosting();
    }

    @Test
    void theApplicationStreamsEndWithTheFinalStatusAndTheTenantStreamGoesOn() {
        try (LiveClient tenant = LiveClient.serverSentEvents(live.baseUrl, "/api/v1/tenants/public/events", Credentials.clientKey())) {
            String id = live.submit();
            String path = "/api/v1/applications/" + id + "/events";
            try (LiveClient sse = LiveClient.serverSentEvents(live.baseUrl, path, Credentials.clientKey());
                    LiveClient socket = LiveClient.webSocket(live.baseUrl, path, Credentials.clientKey())) {
                for (LiveClient client : new LiveClient[] { sse, socket }) {
                    await().atMost(Duration.ofSeconds(15)).until(client::endedByServer);
                    assertThat(client.statuses()).containsExactly("RECEIVED", "PROCESSING", "COMPLETED");
                }
            }
            // opened after the end: the stored timeline, then the end at once
            try (LiveClient late = LiveClient.serverSentEvents(live.baseUrl, path, Credentials.clientKey())) {
                await().atMost(Duration.ofSeconds(15)).until(late::endedByServer);
                assertThat(late.statuses()).containsExactly("RECEIVED", "PROCESSING", "COMPLETED");
            }
            String next = live.submit();
            await().atMost(Duration.ofSeconds(15)).until(() -> tenant.received().stream()
                    .anyMatch(r -> r.event().path("applicationId").asText().equals(next) && r.status().equals("COMPLETED")));
            assertThat(tenant.endedByServer()).isFalse();
        }
    }
}
