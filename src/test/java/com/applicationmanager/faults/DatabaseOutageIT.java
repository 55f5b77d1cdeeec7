package com.applicationmanager.faults;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/** Fault 5: the worker loses PostgreSQL for a few seconds while the intake keeps it. */
class DatabaseOutageIT {

    @Test
    void workAffectedByADatabaseOutageIsRetriedAndCompletes() throws Exception {
        try (Scenario scenario = new Scenario("db-outage"); TcpProxy databaseLink = new TcpProxy(5432)) {
            scenario.with("APP_SIMULATED_DEPENDENCY_LATENCY", "20ms");
            AppProcess intake = scenario.start("intake");
            AppProcess worker = scenario.start("worker", Map.of("QUARKUS_DATASOURCE_JDBC_URL",
                    "jdbc:postgresql://127.0.0.1:" + databaseLink.port() + "/test",
                    "QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "1s"));
            Submitter submitter = new Submitter(intake);
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> submitter.submit(400, 8, "Patient"));

            await().atMost(Duration.ofSeconds(60)).until(() -> Outcome.read(scenario, 400).completed() >= 50);
            databaseLink.cut();
            await("the worker reports the database gone").atMost(Duration.ofSeconds(30))
                    .until(() -> Health.ready(worker) == 503);
            databaseLink.restore();
            await("the worker reports the database back").atMost(Duration.ofSeconds(60))
                    .until(() -> Health.ready(worker) == 200);
            sending.join();

            long accepted = submitter.accepted.size();
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Outcome.read(scenario, accepted).completed() == accepted);
            Outcome.settle(scenario, accepted).print().assertNothingLostOrDoneTwice();
        }
    }
}
