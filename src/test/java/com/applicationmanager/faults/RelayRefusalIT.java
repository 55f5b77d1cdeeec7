package com.applicationmanager.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/**
 * The relay-batch case: the broker refuses one message in the middle of a burst. Only that message may
 * stay in the outbox; every other application is published once, not again with each retry of its neighbour.
 */
class RelayRefusalIT {

    private static final String REFUSED_TYPE = "refused-by-broker";

    @Test
    void aMessageTheBrokerRefusesStaysInTheOutboxWhileEveryOtherIsPublishedOnce() throws Exception {
        try (Scenario scenario = new Scenario("relay-refusal")) {
            // the intake accepts only configured job types
            scenario.with("APP_PIPELINE_DEFAULT_TYPES", "engineering," + REFUSED_TYPE);
            AppProcess intake = scenario.start("intake");
            scenario.start("worker");
            try (BrokerTap tap = new BrokerTap(scenario)) {
                tap.refuse("*." + REFUSED_TYPE);
                Submitter burst = new Submitter(intake);
                Submitter refused = new Submitter(intake);

                CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> burst.submit(400, 16, "Neighbour"));
                await().atMost(Duration.ofSeconds(60)).until(() -> burst.accepted.size() >= 100);
                refused.submit(1, 1, "Refused", REFUSED_TYPE);
                sending.join();
                assertThat(burst.accepted).hasSize(400);
                assertThat(refused.accepted).hasSize(1);
                String refusedId = refused.acceptedIds().get(0);

                await("the outbox keeps only the refused message").atMost(Duration.ofSeconds(45))
                        .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                            assertThat(outboxRows(scenario, "<>", refusedId)).as("rows of other applications").isZero();
                            assertThat(tap.deliveries()).containsKeys(burst.acceptedIds().toArray(String[]::new));
                        });
                Map<String, Integer> deliveries = tap.deliveries();
                long twice = burst.acceptedIds().stream().filter(id -> deliveries.get(id) > 1).count();
                System.out.printf("[fault:relay-refusal] neighbours published once=%d, more than once=%d; "
                        + "refused one delivered %d times%n", 400 - twice, twice, deliveries.getOrDefault(refusedId, 0));
                assertThat(twice).as("neighbours of the refused message published more than once").isZero();
                assertThat(outboxRows(scenario, "=", refusedId)).as("the refused message waits in the outbox").isOne();

                tap.stopRefusing();
                await().atMost(Duration.ofSeconds(30)).until(() -> outboxRows(scenario, "=", refusedId) == 0);
                assertThat(tap.deliveries().get(refusedId)).as("the refused message was published again").isGreaterThan(1);
            }
            long accepted = 401;
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Outcome.read(scenario, accepted).completed() == accepted);
            Outcome.settle(scenario, accepted).print().assertNothingLostOrDoneTwice();
        }
    }

    private static long outboxRows(Scenario scenario, String comparison, String applicationId) {
        return scenario.queryLong("select count(*) from {schema}.outbox where application_id " + comparison
                + " cast(? as uuid)", applicationId);
    }
}
