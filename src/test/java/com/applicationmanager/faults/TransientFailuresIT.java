package com.applicationmanager.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Fault 4: the dependency fails 30% of calls; retries must carry nearly everything through. */
class TransientFailuresIT {

    @Test
    void atLeast999PerMilleCompleteWhenThirtyPercentOfCallsFail() throws Exception {
        try (Scenario scenario = new Scenario("transient-30")) {
            scenario.with("APP_SIMULATED_DEPENDENCY_TRANSIENT_FAILURE_RATE", "0.3");
            AppProcess intake = scenario.start("intake");
            scenario.start("worker");
            Submitter submitter = new Submitter(intake);
            submitter.submit(1000, 16, "Flaky");
            long accepted = submitter.accepted.size();

            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Outcome.read(scenario, accepted).settled() == accepted);
            Outcome outcome = Outcome.settle(scenario, accepted).print().assertNothingLostOrDoneTwice();
            assertThat((double) outcome.completed() / accepted).as("completed without human action").isGreaterThanOrEqualTo(0.999);
            long retried = scenario.queryLong("select count(distinct application_id) from {schema}.status_change where status = 'RETRYING'");
            System.out.printf("[fault:transient-30] applications that needed a delayed retry: %d%n", retried);
        }
    }
}
