package com.applicationmanager.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.applicationmanager.messaging.ApplicationMessage;
import com.applicationmanager.messaging.MessageCodec;
import com.applicationmanager.testing.BrokerProbe;
import com.applicationmanager.testing.Rows;
import com.rabbitmq.client.GetResponse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The relay against the real broker and database, with its poll switched off unless a test runs it: messages
 * carry a routing key of their own, which only this test's queue is bound to.
 */
@QuarkusTest
@TestProfile(HandOffOnlyProfile.class)
class OutboxRelayTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    DataSource dataSource;

    @Inject
    MessageCodec codec;

    @ConfigProperty(name = "app.database-schema")
    String schema;

    private final String key = "relay-test." + UUID.randomUUID();
    private final String queue = "test.relay.observer." + UUID.randomUUID();
    private final Map<String, Integer> deliveries = new HashMap<>();
    private BrokerProbe broker;

    @BeforeEach
    void observe() {
        broker = new BrokerProbe();
        broker.bindQueue(queue, HandOffOnlyProfile.PREFIX, key);
    }

    @AfterEach
    void stopObserving() throws Exception {
        broker.deleteQueues(queue);
        broker.close();
    }

    @Test
    void aCommittedBatchIsPublishedOnceWithoutAPollAndItsRowsAreDeleted() {
        List<PendingMessage> batch = messages(1200);

        QuarkusTransaction.requiringNew().run(() -> outbox.enqueueAll(batch));

        await().atMost(Duration.ofSeconds(30)).until(() -> delivered().size() == batch.size());
        assertThat(delivered().values()).as("deliveries per application").containsOnly(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> rowsOf(batch) == 0);
        assertThat(given().get("/q/metrics").then().statusCode(200).extract().asString())
                .containsPattern("applications_outbox_published_total\\{outcome=\"confirmed\",?} [1-9]");
    }

    @Test
    void aRolledBackTransactionPublishesNothing() {
        List<PendingMessage> rolledBack = messages(20);
        List<PendingMessage> committed = messages(1);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueueAll(rolledBack);
            throw new IllegalStateException("the caller's transaction fails after the outbox write");
        })).isInstanceOf(IllegalStateException.class);
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueueAll(committed));

        await().atMost(Duration.ofSeconds(10)).until(() -> delivered().containsKey(id(committed.get(0))));
        assertThat(delivered()).containsOnlyKeys(id(committed.get(0)));
        assertThat(rowsOf(rolledBack)).isZero();
    }

    @Test
    void theTransactionThatWroteARowCanTakeItBackBeforeAnyonePublishesIt() {
        List<PendingMessage> kept = messages(1);
        UUID application = UUID.randomUUID();
        ApplicationMessage message = new ApplicationMessage(ApplicationMessage.CURRENT_VERSION, UUID.randomUUID(),
                application, "engineering", "public", "free", 0, Instant.now(), 1, "correlation", Map.of());
        List<PendingMessage> takenBack = List.of(
                new PendingMessage(application, key, new String(codec.encode(message), StandardCharsets.UTF_8), null));

        QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueueAll(takenBack);
            outbox.enqueueAll(kept);
            assertThat(outbox.takeBack(application)).contains(message);
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> delivered().containsKey(id(kept.get(0))));
        assertThat(delivered()).containsOnlyKeys(id(kept.get(0)));
        assertThat(rowsOf(takenBack)).isZero();
    }

    @Test
    void thePollLeavesARowAnotherReplicaHoldsUntilItsLeaseEnds() {
        PendingMessage held = messages(1).get(0);
        PendingMessage free = messages(1).get(0);
        insertRow(held, "now() + interval '1 hour'");
        insertRow(free, "null");

        relay.poll();
        await().atMost(Duration.ofSeconds(10)).until(() -> delivered().containsKey(id(free)));
        assertThat(delivered()).doesNotContainKey(id(held));
        assertThat(rowsOf(List.of(held))).as("the other replica's row").isOne();

        update("update " + schema + ".outbox set lease_until = now() - interval '1 second' where application_id = ?",
                held.applicationId());
        relay.poll();
        await().atMost(Duration.ofSeconds(10)).until(() -> delivered().containsKey(id(held)));
        await().atMost(Duration.ofSeconds(10)).until(() -> rowsOf(List.of(held)) == 0);
        assertThat(delivered().values()).containsOnly(1);
    }

    @Test
    void aRowTooLateToBeConfirmedWithinItsLeaseIsHandedBackAtOnceNotLeftToSitItOut() {
        PendingMessage late = messages(1).get(0);
        UUID owner = relay.ownerForHandOff(1);
        insertRow(late, "now() + interval '1 hour'");
        update("update " + schema + ".outbox set lease_owner = ? where application_id = ?", owner, late.applicationId());
        long id = Rows.count(dataSource, "select id from " + schema + ".outbox where application_id = ?", late.applicationId());

        // as if it had waited in memory until less than the confirm timeout of its lease was left
        relay.handOff(List.of(new LeasedMessage(id, late, System.nanoTime() + Duration.ofSeconds(1).toNanos())));

        await("the row free for the next poll").atMost(Duration.ofSeconds(10)).until(() -> Rows.count(dataSource,
                "select count(*) from " + schema + ".outbox where id = ? and lease_owner is null", id) == 1);
        assertThat(delivered()).as("not published: another replica may take it over").doesNotContainKey(id(late));
    }

    private List<PendingMessage> messages(int count) {
        return IntStream.range(0, count).mapToObj(i -> {
            UUID application = UUID.randomUUID();
            return new PendingMessage(application, key, "{\"applicationId\":\"" + application + "\"}", null);
        }).toList();
    }

    private Map<String, Integer> delivered() {
        GetResponse delivery;
        while ((delivery = broker.take(queue)) != null) {
            deliveries.merge(delivery.getProps().getMessageId(), 1, Integer::sum);
        }
        return Map.copyOf(deliveries);
    }

    private long rowsOf(List<PendingMessage> messages) {
        return Rows.count(dataSource, "select count(*) from " + schema + ".outbox where application_id = any(?)",
                (Object) messages.stream().map(PendingMessage::applicationId).toArray(UUID[]::new));
    }

    private void insertRow(PendingMessage message, String leaseUntil) {
        update("insert into " + schema + ".outbox (id, application_id, routing_key, payload, created_at, lease_owner, "
                + "lease_until) values (nextval('" + schema + ".outbox_seq'), ?, ?, ?, now(), gen_random_uuid(), "
                + leaseUntil + ")", message.applicationId(), message.routingKey(), message.payload());
    }

    private void update(String sql, Object... parameters) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot run " + sql, e);
        }
    }

    private static String id(PendingMessage message) {
        return message.applicationId().toString();
    }
}
