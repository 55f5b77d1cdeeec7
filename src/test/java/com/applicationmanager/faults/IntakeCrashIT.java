package com.applicationmanager.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/**
 * The intake is killed with SIGKILL in the middle of a burst: no 202 was sent for a batch that had not committed,
 * so every 202 is stored and completes, and what a replacement intake's relay finds in the outbox is published.
 */
class IntakeCrashIT {

    private static final int IN_FLIGHT = 32;

    @Test
    void every202OfAKilledIntakeIsStoredAndCompletesOnce() throws Exception {
        try (Scenario scenario = new Scenario("intake-kill")) {
            // the dead intake's outbox rows are leased to its relay: a short lease lets the next one take them soon
            scenario.with("APP_SIMULATED_DEPENDENCY_LATENCY", "5ms").with("APP_OUTBOX_LEASE", "5s")
                    .with("APP_OUTBOX_CONFIRM_TIMEOUT", "2s");
            AppProcess doomed = scenario.start("intake");
            scenario.start("worker");
            Submitter submitter = new Submitter(doomed);
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> submitter.submit(4000, IN_FLIGHT, "Burst"));

            await().atMost(Duration.ofSeconds(60)).until(() -> submitter.accepted.size() >= 300);
            doomed.kill();
            sending.join();
            assertThat(submitter.answered(0)).as("the kill lands mid-burst: later requests got no answer").isPositive();

            scenario.start("intake");
            IntakeAnswers.assertEvery202StoredAndNoUnansweredExtra(scenario, submitter, IN_FLIGHT);
            long stored = scenario.queryLong("select count(*) from {schema}.application");
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Outcome.read(scenario, stored).completed() == stored);
            assertThat(IntakeAnswers.acceptedCompleted(scenario, submitter)).isEqualTo(submitter.accepted.size());
            Outcome.settle(scenario, stored).print().assertNothingLostOrDoneTwice();
        }
    }
}
