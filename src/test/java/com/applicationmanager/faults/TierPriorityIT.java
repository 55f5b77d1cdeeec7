package com.applicationmanager.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/**
 * Priorities by tier on the real broker: a free-tier backlog of 1,000, then 20 enterprise applications.
 * Two clients' accounts, one free and one enterprise (each intake's bootstrap client); one worker serves both.
 */
class TierPriorityIT {

    private static final String ENTERPRISE_KEY = "fault-suite-enterprise-key-not-a-secret";

    private static final String FREE = "select count(*) from {schema}.application where status = 'COMPLETED' and tier = 'free'";
    private static final String ENTERPRISE = "select count(*) from {schema}.application where status = 'COMPLETED' and tier = 'enterprise'";

    @Test
    void enterpriseOvertakesAFreeBacklogWhileFreeKeepsMoving() throws Exception {
        try (Scenario scenario = new Scenario("tiers")) {
            scenario.with("APP_SIMULATED_DEPENDENCY_LATENCY", "20ms").with("APP_WORKER_CONCURRENCY", "4");
            AppProcess freeIntake = scenario.start("intake");
            AppProcess enterpriseIntake = scenario.start("intake", Map.of(
                    "APP_BOOTSTRAP_CLIENT_NAME", "enterprise-client", "APP_BOOTSTRAP_CLIENT_TENANT", "enterprise-tenant",
                    "APP_BOOTSTRAP_CLIENT_TIER", "enterprise", "APP_BOOTSTRAP_CLIENT_KEY", ENTERPRISE_KEY));
            new Submitter(freeIntake).submit(1000, 16, "Free Backlog");
            await().atMost(Duration.ofSeconds(60)).until(() -> scenario.queryLong("select count(*) from {schema}.outbox") == 0);
            Submitter enterprise = new Submitter(enterpriseIntake, ENTERPRISE_KEY);
            enterprise.submit(20, 20, "Enterprise First");
            await().atMost(Duration.ofSeconds(30)).until(() -> scenario.queryLong("select count(*) from {schema}.outbox") == 0);

            scenario.start("worker");
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                    .until(() -> scenario.queryLong(ENTERPRISE) == 20);
            long freeDoneWhenEnterpriseDone = scenario.queryLong(FREE);
            System.out.printf("[tiers] all 20 enterprise completed while %d of 1000 free had%n", freeDoneWhenEnterpriseDone);
            assertThat(freeDoneWhenEnterpriseDone).as("enterprise finished before half the free backlog").isLessThan(500);

            AtomicBoolean sending = new AtomicBoolean(true);
            CompletableFuture<Void> steadyEnterprise = CompletableFuture.runAsync(() -> {
                while (sending.get()) {
                    enterprise.submit(10, 10, "Enterprise Steady");
                }
            });
            long freeBefore = scenario.queryLong(FREE);
            long enterpriseBefore = scenario.queryLong(ENTERPRISE);
            try {
                // both tiers move while enterprise keeps arriving: 20 more enterprise, and free ones among them
                await("both tiers completing under steady enterprise traffic").atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(200))
                        .until(() -> scenario.queryLong(ENTERPRISE) - enterpriseBefore >= 20
                                && scenario.queryLong(FREE) > freeBefore);
            } finally {
                sending.set(false);
                steadyEnterprise.join();
            }
            System.out.printf("[tiers] while 20 steady enterprise applications completed: free +%d%n",
                    scenario.queryLong(FREE) - freeBefore);
            Outcome outcome = Outcome.settle(scenario, scenario.queryLong("select count(*) from {schema}.application")).print();
            assertThat(outcome.doneTwice()).as("done twice, notifications included").isZero();
        }
    }
}
