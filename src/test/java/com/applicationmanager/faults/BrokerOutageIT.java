package com.applicationmanager.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/** Fault 1: the broker drops every connection and restarts in the middle of a burst. */
class BrokerOutageIT {

    @Test
    void everyAcceptedApplicationCompletesAcrossABrokerRestart() throws Exception {
        try (Scenario scenario = new Scenario("broker-restart")) {
            AppProcess intake = scenario.start("intake");
            AppProcess worker = scenario.start("worker");
            Submitter burst = new Submitter(intake);
            Submitter whileDown = new Submitter(intake);

            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> burst.submit(2000, 16, "Burst"));
            await().atMost(Duration.ofSeconds(60)).until(() -> burst.accepted.size() >= 400);
            Rabbitmqctl.closeAllConnections();
            Rabbitmqctl.stopApp();
            try {
                whileDown.submit(100, 8, "While Down");
                assertThat(Health.ready(intake)).as("intake readiness ignores the broker").isEqualTo(200);
                await().atMost(Duration.ofSeconds(20)).until(() -> Health.ready(worker) == 503);
            } finally {
                Rabbitmqctl.startApp();
            }
            sending.join();

            assertThat(whileDown.accepted).as("submissions while the broker was down get 202").hasSize(100);
            assertThat(burst.refused.get() + whileDown.refused.get()).as("refused submissions").isZero();
            long accepted = burst.accepted.size() + whileDown.accepted.size();
            await().atMost(Duration.ofSeconds(60)).until(() -> Health.ready(worker) == 200);
            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Outcome.read(scenario, accepted).completed() == accepted);
            Outcome.settle(scenario, accepted).print().assertNothingLostOrDoneTwice();
        }
    }
}
