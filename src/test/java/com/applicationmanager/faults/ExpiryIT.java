package com.applicationmanager.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.applicationmanager.testing.BrokerProbe;
import com.rabbitmq.client.GetResponse;

/** Fault 6: an application nobody takes before its TTL ends EXPIRED in the dead-letter queue. */
class ExpiryIT {

    @Test
    void anApplicationThatOutlivesItsTtlEndsExpiredInTheDeadLetterQueue() throws Exception {
        try (Scenario scenario = new Scenario("expiry"); BrokerProbe broker = new BrokerProbe()) {
            scenario.with("APP_MESSAGING_MESSAGE_TTL", "1s");
            AppProcess intake = scenario.start("intake");
            Submitter submitter = new Submitter(intake);
            submitter.submit(5, 5, "Too Late");

            // no worker yet: the messages expire in the work queue
            await().atMost(Duration.ofSeconds(30)).until(() -> broker.ready(scenario.deadLetterQueue()) == 5);
            assertThat(broker.ready(scenario.workQueue())).isZero();
            scenario.start("worker");

            await().atMost(Duration.ofSeconds(30)).until(() -> Outcome.read(scenario, 5).expired() == 5);
            Outcome.settle(scenario, 5).print().assertNothingLostOrDoneTwice();
            GetResponse letter = broker.take(scenario.deadLetterQueue());
            assertThat(String.valueOf(letter.getProps().getHeaders().get("x-first-death-reason"))).isEqualTo("expired");
            long simulatedCalls = scenario.queryLong("select count(*) from {schema}.simulated_effect");
            assertThat(simulatedCalls).as("an expired application is never processed").isZero();
        }
    }
}
