package com.applicationmanager.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Fault 6: the dependency is down for every call while a worker serves a burst; a healthy worker takes over.
 * Behind the open circuit breaker each application waits with growing delays, records the outage once, and
 * spends no attempt: the timeline stays short however many times it waited.
 */
class DependencyOutageIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void anOutageWritesABoundedTimelineAndSpendsNoAttempt() throws Exception {
        try (Scenario scenario = new Scenario("dependency-outage")) {
            AppProcess intake = scenario.start("intake");
            AppProcess down = scenario.start("worker", Map.of("APP_SIMULATED_DEPENDENCY_TRANSIENT_FAILURE_RATE", "1.0"));
            Submitter submitter = new Submitter(intake);
            submitter.submit(200, 16, "Outage");
            long accepted = submitter.accepted.size();

            // every application waits out the outage several times over before the dependency comes back
            await("applications waiting for the outage, three times each").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500)).until(() -> retried(down) >= 3 * accepted);
            assertThat(down.terminate(Duration.ofSeconds(40))).as("a clean exit").isIn(0, 143);
            scenario.start("worker");
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Outcome.read(scenario, accepted).completed() == accepted);

            Outcome outcome = Outcome.settle(scenario, accepted).print().assertNothingLostOrDoneTwice();
            assertThat(outcome.deadLettered()).as("dead-lettered").isZero();
            long longestTimeline = scenario.queryLong("select coalesce(max(n), 0) from (select count(*) n from "
                    + "{schema}.status_change group by application_id) rows");
            // RECEIVED, PROCESSING, a failed attempt before the breaker opened (RETRYING, PROCESSING), the outage
            // (RETRYING, once), COMPLETED
            assertThat(longestTimeline).as("timeline rows of one application").isLessThanOrEqualTo(6);
            assertThat(scenario.queryLong("select max(attempts) from {schema}.application"))
                    .as("attempts: at most the one failed before the breaker opened").isLessThanOrEqualTo(2);
        }
    }

    /** The worker's own count of deliveries sent to wait in a retry queue. */
    private static double retried(AppProcess worker) {
        try {
            String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(worker.baseUrl() + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return metrics.lines().filter(line -> line.startsWith("applications_processed_total{")
                    && line.contains("outcome=\"retried\"")).mapToDouble(line -> Double.parseDouble(
                            line.substring(line.lastIndexOf(' ') + 1))).sum();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
