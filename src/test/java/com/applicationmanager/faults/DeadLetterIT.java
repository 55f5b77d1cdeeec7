package com.applicationmanager.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.applicationmanager.testing.BrokerProbe;
import com.rabbitmq.client.GetResponse;

/** Fault 3: a poison message and failing applications reach the dead-letter queue with their reasons. */
class DeadLetterIT {

    @Test
    void poisonAndFailingApplicationsAreDeadLetteredWhileTheRestCompletes() throws Exception {
        try (Scenario scenario = new Scenario("dead-letter"); BrokerProbe broker = new BrokerProbe()) {
            scenario.with("APP_WORKER_MAX_ATTEMPTS", "3");
            AppProcess intake = scenario.start("intake");
            scenario.start("worker");

            broker.publish(scenario.prefix, "free.engineering", "{not json at all", Map.of());
            broker.publish(scenario.prefix, "free.engineering",
                    "{\"schemaVersion\": 99, \"applicationId\": \"00000000-0000-0000-0000-000000000000\"}", Map.of());
            Submitter failing = new Submitter(intake);
            failing.submit(1, 1, "FAIL-ALWAYS");
            Submitter refused = new Submitter(intake);
            refused.submit(1, 1, "FAIL-PERMANENTLY");
            Submitter healthy = new Submitter(intake);
            healthy.submit(300, 16, "Healthy");

            long accepted = 302;
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> Outcome.read(scenario, accepted).settled() == accepted);
            Outcome outcome = Outcome.settle(scenario, accepted).print().assertNothingLostOrDoneTwice();
            assertThat(outcome.completed()).isEqualTo(300);
            assertThat(outcome.deadLettered()).isEqualTo(2);

            List<GetResponse> deadLetters = new ArrayList<>();
            await().atMost(Duration.ofSeconds(10)).until(() -> broker.ready(scenario.deadLetterQueue()) == 4);
            GetResponse letter;
            while ((letter = broker.take(scenario.deadLetterQueue())) != null) {
                deadLetters.add(letter);
            }
            assertThat(deadLetters).extracting(d -> String.valueOf(d.getProps().getHeaders().get("x-reason")))
                    .containsExactlyInAnyOrder("unreadable", "unreadable", "attempts-exhausted", "permanent-failure");
            GetResponse exhausted = deadLetters.stream()
                    .filter(d -> "attempts-exhausted".equals(String.valueOf(d.getProps().getHeaders().get("x-reason"))))
                    .findFirst().orElseThrow();
            Map<String, Object> headers = exhausted.getProps().getHeaders();
            assertThat(headers.get("x-attempts")).isEqualTo(3);
            assertThat(String.valueOf(headers.get("x-exception-type"))).isEqualTo("TransientDependencyFailure");
            assertThat(String.valueOf(headers.get("x-exception-message"))).contains("timed out");
            assertThat(String.valueOf(headers.get("x-original-queue"))).isEqualTo(scenario.workQueue("free"));
            assertThat(headers).containsKeys("x-first-failure", "x-last-failure");
            assertThat(String.valueOf(headers.get("x-first-failure")))
                    .isLessThan(String.valueOf(headers.get("x-last-failure")));

            long attemptsRecorded = scenario.queryLong("select count(*) from {schema}.status_change c join "
                    + "{schema}.application a on a.id = c.application_id where a.candidate_name like 'FAIL-ALWAYS%' "
                    + "and c.status = 'RETRYING' and c.error_type = 'TransientDependencyFailure'");
            assertThat(attemptsRecorded).as("the timeline records every failed attempt and its error").isEqualTo(2);
        }
    }
}
