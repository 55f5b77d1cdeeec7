package com.applicationmanager.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * SIGTERM on a busy worker with a large backlog and slow work in flight: it stops its consumers, finishes what it
 * started, hands back the rest without bouncing it (each bounce would count against the delivery limit), and
 * neither loses nor dead-letters anything.
 */
class GracefulShutdownIT {

    @Test
    void aTerminatedWorkerFinishesItsRunningApplicationsAndHandsBackTheRest() throws Exception {
        try (Scenario scenario = new Scenario("sigterm")) {
            scenario.with("APP_SIMULATED_DEPENDENCY_LATENCY", "400ms").with("APP_WORKER_CONCURRENCY", "32");
            AppProcess intake = scenario.start("intake");
            AppProcess first = scenario.start("worker");
            Submitter submitter = new Submitter(intake);
            submitter.submit(400, 16, "Graceful");
            long accepted = submitter.accepted.size();

            await().atMost(Duration.ofSeconds(60)).until(() -> Outcome.read(scenario, accepted).completed() >= 8);
            int exitCode = first.terminate(Duration.ofSeconds(40));
            long completedByFirst = Outcome.read(scenario, accepted).completed();
            assertThat(completedByFirst).as("the SIGTERM lands mid-batch").isLessThan(accepted);
            assertThat(exitCode).as("a clean exit").isIn(0, 143);
            long stuck = scenario.queryLong("select count(*) from {schema}.application where status = 'PROCESSING'");
            assertThat(stuck).as("nothing left half-done by the terminated worker").isZero();

            scenario.start("worker");
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Outcome.read(scenario, accepted).completed() == accepted);
            Outcome outcome = Outcome.settle(scenario, accepted).print().assertNothingLostOrDoneTwice();
            assertThat(outcome.reinvoked()).as("no step had to be re-run after a graceful stop").isZero();
            assertThat(outcome.deadLettered()).as("dead-lettered by the shutdown").isZero();
        }
    }
}
