package com.applicationmanager.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/**
 * The intake's PostgreSQL goes away and comes back in the middle of a burst (every connection dropped, new ones
 * refused: what a restart looks like from the intake, without restarting the database other work shares).
 * Each request gets a 202 or a 503 problem+json, and no 202 is lost.
 */
class IntakeDatabaseRestartIT {

    private static final int IN_FLIGHT = 16;

    @Test
    void requestsDuringADatabaseRestartGet202Or503AndNo202IsLost() throws Exception {
        try (Scenario scenario = new Scenario("intake-db-restart"); TcpProxy databaseLink = new TcpProxy(5432)) {
            scenario.with("APP_SIMULATED_DEPENDENCY_LATENCY", "5ms");
            AppProcess intake = scenario.start("intake", Map.of("QUARKUS_DATASOURCE_JDBC_URL",
                    "jdbc:postgresql://127.0.0.1:" + databaseLink.port() + "/test",
                    "QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "1s"));
            scenario.start("worker");
            Submitter submitter = new Submitter(intake);
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> submitter.submit(3000, IN_FLIGHT, "Restart"));

            await().atMost(Duration.ofSeconds(60)).until(() -> submitter.accepted.size() >= 300);
            databaseLink.cut();
            await().atMost(Duration.ofSeconds(30)).until(() -> submitter.answered(503) >= 20);
            databaseLink.restore();
            sending.join();

            assertThat(submitter.statuses.keySet()).as("answers during the restart").containsOnly(202, 503);
            assertThat(submitter.refusalsWithoutProblem.get()).as("every 503 is problem+json").isZero();
            IntakeAnswers.assertEvery202StoredAndNoUnansweredExtra(scenario, submitter, IN_FLIGHT);
            long stored = scenario.queryLong("select count(*) from {schema}.application");
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Outcome.read(scenario, stored).completed() == stored);
            assertThat(IntakeAnswers.acceptedCompleted(scenario, submitter)).isEqualTo(submitter.accepted.size());
            Outcome.settle(scenario, stored).print().assertNothingLostOrDoneTwice();
        }
    }
}
