package com.applicationmanager.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Two intakes relay one outbox. Their leases keep them off each other's rows, and one stopped in the middle hands
 * back what it held at once instead of leaving it leased: the other finishes long before that lease would end.
 */
class ReplicatedRelayIT {

    private static final int BACKLOG = 30_000;

    @Test
    void twoIntakesPublishEveryRowOnceAndOneStoppedMidwayHandsItsRowsOver() throws Exception {
        try (Scenario scenario = new Scenario("relay-replicas")) {
            scenario.with("APP_OUTBOX_LEASE", "5m");
            AppProcess first = scenario.start("intake");
            scenario.start("intake");
            try (BrokerTap tap = new BrokerTap(scenario)) {
                scenario.execute("insert into {schema}.outbox (id, application_id, routing_key, payload, created_at) "
                        + "select nextval('{schema}.outbox_seq'), gen_random_uuid(), 'free.engineering', "
                        + "'{\"backlog\": ' || n || '}', now() from generate_series(1, " + BACKLOG + ") n");

                await("both relays hold rows, a quarter is published").atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(50)).until(() -> outbox(scenario) <= BACKLOG * 3 / 4
                                && scenario.queryLong("select count(distinct lease_owner) from {schema}.outbox "
                                        + "where lease_until > now()") == 2);
                first.terminate(Duration.ofSeconds(30));
                assertThat(outbox(scenario)).as("the SIGTERM lands mid-drain").isPositive();

                await("the rest published, well inside the stopped relay's 5-minute lease")
                        .atMost(Duration.ofSeconds(60)).until(() -> outbox(scenario) == 0);
                await().atMost(Duration.ofSeconds(10)).until(() -> tap.deliveries().size() == BACKLOG);
                Map<String, Integer> deliveries = tap.deliveries();
                long twice = deliveries.values().stream().filter(count -> count > 1).count();
                System.out.printf("[fault:relay-replicas] rows=%d published=%d more than once=%d%n", BACKLOG,
                        deliveries.size(), twice);
                assertThat(twice).as("rows published more than once").isZero();
            }
        }
    }

    private static long outbox(Scenario scenario) {
        return scenario.queryLong("select count(*) from {schema}.outbox");
    }
}
