package com.applicationmanager.worker;

import static com.applicationmanager.admin.testing.Ops.asAdmin;
import static com.applicationmanager.admin.testing.Ops.awaitStatus;
import static com.applicationmanager.admin.testing.Ops.deadLetterQueue;
import static com.applicationmanager.admin.testing.Ops.status;
import static com.applicationmanager.admin.testing.Ops.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.applicationmanager.admin.testing.EmptyDeadLetterQueue;
import com.applicationmanager.admin.testing.OpsTestProfile;
import com.applicationmanager.messaging.ApplicationMessage;
import com.applicationmanager.messaging.FailureHeaders;
import com.applicationmanager.messaging.MessageCodec;
import com.applicationmanager.testing.BrokerProbe;
import com.applicationmanager.testing.DeadLetterFixtures;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The dead-letter events consumer against the real broker and database. The work consumer is paused, so every
 * application here waits RECEIVED and only the events the test sends move it. Events are consumed one at a time
 * in queue order, so an application that turns FAILED proves every event sent before its own was consumed.
 */
@QuarkusTest
@TestProfile(OpsTestProfile.class)
@ExtendWith(EmptyDeadLetterQueue.class)
class DeadLetterEventsTest {

    private static final String EVENTS = OpsTestProfile.PREFIX + ".dead-letter.events";
    private static final String DLX = OpsTestProfile.PREFIX + ".dlx";

    @Inject
    MessageCodec codec;

    @Inject
    DataSource database;

    private final BrokerProbe broker = new BrokerProbe();

    @BeforeEach
    void pauseTheWork() {
        asAdmin().post("/api/v1/admin/consumption/pause").then().statusCode(200).body("paused", equalTo(true));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                asAdmin().get("/api/v1/admin/consumption").jsonPath().getList("instances.paused", Boolean.class))
                .isNotEmpty().containsOnly(true));
    }

    @AfterEach
    void resumeAndClose() throws Exception {
        asAdmin().post("/api/v1/admin/consumption/resume").then().statusCode(200);
        broker.close();
    }

    @Test
    void aStaleEventLeavesAnApplicationSentBackMeanwhileAlone() {
        String id = submit("Sent Back");
        String before = encode(messageFor(id));
        broker.publish(DLX, "", before, Map.of(FailureHeaders.REASON, "permanent-failure"));
        awaitStatus(id, "FAILED");
        asAdmin().contentType(ContentType.JSON).body(Map.of("applicationIds", List.of(id)))
                .post("/api/v1/admin/dead-letters/reprocess").then().statusCode(200).body("reprocessed", equalTo(1));
        assertThat(status(id)).isEqualTo("RECEIVED");

        // a second copy of the dead letter the operator just handled, then a fresh one for another application
        broker.publish("", EVENTS, before, Map.of(FailureHeaders.REASON, "permanent-failure"));
        String witness = submit("Witness");
        broker.publish("", EVENTS, encode(messageFor(witness)), Map.of(FailureHeaders.REASON, "permanent-failure"));
        awaitStatus(witness, "FAILED");
        assertThat(status(id)).as("the stale event was consumed and changed nothing").isEqualTo("RECEIVED");

        asAdmin().post("/api/v1/admin/consumption/resume").then().statusCode(200);
        awaitStatus(id, "COMPLETED");
    }

    @Test
    void aDeliveryLimitAfterARetryQueueIsRecordedAsFailedNotExpired() throws Exception {
        String id = submit("Crashes Workers");
        String retried = "test.dead-letter-reason.retried";
        String limited = "test.dead-letter-reason.limited";
        try (com.rabbitmq.client.Connection connection = new ConnectionFactory().newConnection("test-reason");
                Channel channel = connection.createChannel()) {
            // the same path as a retry queue: the TTL dead-letters it into a work queue with a delivery limit
            channel.queueDeclare(retried, false, false, true, Map.of("x-message-ttl", 1,
                    "x-dead-letter-exchange", "", "x-dead-letter-routing-key", limited));
            channel.queueDeclare(limited, true, false, false, Map.of("x-queue-type", "quorum",
                    "x-delivery-limit", 1, "x-dead-letter-exchange", DLX));
            channel.basicPublish("", retried, new AMQP.BasicProperties.Builder().deliveryMode(2).build(),
                    encode(messageFor(id)).getBytes(StandardCharsets.UTF_8));
            // two deliveries, both handed back the way a crashing worker does
            for (int delivery = 0; delivery < 2; delivery++) {
                GetResponse taken = await().atMost(Duration.ofSeconds(10))
                        .until(() -> channel.basicGet(limited, false), response -> response != null);
                channel.basicNack(taken.getEnvelope().getDeliveryTag(), false, true);
            }
            awaitStatus(id, "FAILED");
        } finally {
            broker.deleteQueues(retried, limited);
        }
        GetResponse letter = broker.peek(deadLetterQueue());
        assertThat(String.valueOf(letter.getProps().getHeaders().get("x-first-death-reason"))).isEqualTo("expired");
        assertThat(asAdmin().get("/api/v1/applications/{id}", id).jsonPath().getString("timeline[-1].reason"))
                .isEqualTo("dead-lettered: delivery_limit");
    }

    @Test
    void aDatabaseErrorReturnsTheEventToItsQueueAndTheOthersGoOn() {
        String refused = submit("Refused By The Database");
        String next = submit("Recorded Meanwhile");
        execute("""
                create or replace function appmanager.refuse_failed() returns trigger language plpgsql as $$
                begin raise exception 'test: the database refuses this write'; end $$""");
        execute("create trigger refuse_failed before update on appmanager.application for each row when "
                + "(new.status = 'FAILED' and new.candidate_name = 'Refused By The Database') "
                + "execute function appmanager.refuse_failed()");
        try {
            broker.publish("", EVENTS, encode(messageFor(refused)), Map.of(FailureHeaders.REASON, "permanent-failure"));
            broker.publish("", EVENTS, encode(messageFor(next)), Map.of(FailureHeaders.REASON, "permanent-failure"));
            awaitStatus(next, "FAILED");
            assertThat(status(refused)).as("the refused write left the application as it was").isEqualTo("RECEIVED");
        } finally {
            execute("drop trigger if exists refuse_failed on appmanager.application");
        }
        awaitStatus(refused, "FAILED");
    }

    private ApplicationMessage messageFor(String id) {
        return DeadLetterFixtures.messageFor(id, OpsTestProfile.JOB_TYPE);
    }

    private String encode(ApplicationMessage message) {
        return DeadLetterFixtures.body(codec, message);
    }

    private void execute(String sql) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot run " + sql, e);
        }
    }
}
