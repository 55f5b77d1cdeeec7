package com.applicationmanager.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Fault 2: a worker is killed with SIGKILL in the middle of a batch and another takes over. */
class WorkerCrashIT {

    @Test
    void everyApplicationCompletesExactlyOnceAfterAWorkerIsKilled() throws Exception {
        try (Scenario scenario = new Scenario("worker-kill")) {
            // the killed worker's claims lapse after the lease: 10 s is ample for these batches (under a second)
            scenario.with("APP_SIMULATED_DEPENDENCY_LATENCY", "40ms").with("APP_WORKER_CONCURRENCY", "8")
                    .with("APP_WORKER_CLAIM_LEASE", "10s");
            AppProcess intake = scenario.start("intake");
            AppProcess doomed = scenario.start("worker");
            Submitter submitter = new Submitter(intake);
            submitter.submit(600, 16, "Batch");
            long accepted = submitter.accepted.size();

            await().atMost(Duration.ofSeconds(60))
                    .until(() -> Outcome.read(scenario, accepted).completed() >= 100);
            doomed.kill();
            long completedAtKill = Outcome.read(scenario, accepted).completed();
            assertThat(completedAtKill).as("the kill lands mid-batch").isLessThan(accepted);

            scenario.start("worker", Map.of());
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Outcome.read(scenario, accepted).completed() == accepted);

            Outcome outcome = Outcome.settle(scenario, accepted).print().assertNothingLostOrDoneTwice();
            long effects = scenario.queryLong("select count(*) from {schema}.simulated_effect");
            assertThat(effects).as("one side effect per application").isEqualTo(outcome.completed());
        }
    }
}
