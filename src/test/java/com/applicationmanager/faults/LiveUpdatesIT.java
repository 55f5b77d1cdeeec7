package com.applicationmanager.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.applicationmanager.testing.LiveClient;
import com.applicationmanager.testing.LiveClient.Received;

/**
 * Live updates across processes: the client holds a connection to an intake-only process while a separate
 * worker process does the work, so every event after RECEIVED travels worker -> status exchange -> intake.
 */
class LiveUpdatesIT {

    @Test
    void clientsOfAnIntakeSeeTheChangesAWorkerMakesWithinASecond() throws Exception {
        try (Scenario scenario = new Scenario("live")) {
            AppProcess intake = scenario.start("intake");
            Submitter submitter = new Submitter(intake);
            try (LiveClient tenant = LiveClient.webSocket(intake.baseUrl(), "/api/v1/tenants/public/events", Scenario.CLIENT_KEY)) {
                submitter.submit(1, 1, "Live Candidate");
                String id = submitter.acceptedIds().get(0);
                String path = "/api/v1/applications/" + id + "/events";
                try (LiveClient socket = LiveClient.webSocket(intake.baseUrl(), path, Scenario.CLIENT_KEY);
                        LiveClient sse = LiveClient.serverSentEvents(intake.baseUrl(), path, Scenario.CLIENT_KEY)) {
                    // no worker yet: the application streams hold only the stored RECEIVED
                    await().atMost(Duration.ofSeconds(5)).until(() -> socket.statuses().equals(List.of("RECEIVED"))
                            && sse.statuses().equals(List.of("RECEIVED")));

                    scenario.start("worker");

                    for (LiveClient client : new LiveClient[] { tenant, socket, sse }) {
                        await().atMost(Duration.ofSeconds(30)).until(() -> client.statuses().contains("COMPLETED"));
                        assertThat(client.statuses()).containsExactly("RECEIVED", "PROCESSING", "COMPLETED");
                    }
                    await().atMost(Duration.ofSeconds(10)).until(() -> scenario.notifications().containsKey(id));
                    assertThat(scenario.notifications()).as("notifications per application").isEqualTo(Map.of(id, 1));
                    // the tenant stream was open before the submission: all three arrived live
                    assertArrivedWithinASecond(tenant.received());
                    assertArrivedWithinASecond(socket.received().subList(1, 3));
                    assertArrivedWithinASecond(sse.received().subList(1, 3));
                }
            }
        }
    }

    private static void assertArrivedWithinASecond(List<Received> events) {
        assertThat(events).allSatisfy(event -> assertThat(Duration.between(event.at(), event.arrivedAt()))
                .as("%s written at %s, received at %s", event.status(), event.at(), event.arrivedAt())
                .isLessThan(Duration.ofSeconds(1)));
    }
}
