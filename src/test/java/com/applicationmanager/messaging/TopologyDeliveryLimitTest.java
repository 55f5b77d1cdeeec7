package com.applicationmanager.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;

/** The topology's dead-letter queues on the real broker: their delivery limit, and queues made by earlier versions. */
class TopologyDeliveryLimitTest {

    private final String prefix = "test.topology." + UUID.randomUUID();
    private final TopologyConfig config = new TestTopology(prefix);
    private final BrokerSettings broker = new BrokerSettings("127.0.0.1", 5672, "guest", "guest", "/", false);
    private final Topology topology = new Topology(config, broker);

    @AfterEach
    void removeEverything() throws Exception {
        try (Connection connection = broker.connectionFactory().newConnection(); Channel channel = connection.createChannel()) {
            for (Tier tier : Tier.values()) {
                channel.queueDelete(config.workQueue(tier));
            }
            for (Duration delay : config.retryDelays()) {
                channel.queueDelete(config.retryQueue(delay));
            }
            channel.queueDelete(config.deadLetterQueue());
            channel.queueDelete(config.deadLetterEventsQueue());
            for (String exchange : List.of(config.mainExchange(), config.retryExchange(), config.deadLetterExchange(),
                    config.notificationsExchange())) {
                channel.exchangeDelete(exchange);
            }
        }
    }

    @Test
    void theDeadLetterQueuesDeclareTheirDeliveryLimit() throws Exception {
        topology.declare();

        for (String queue : List.of(config.deadLetterQueue(), config.deadLetterEventsQueue())) {
            // the broker accepts a redeclaration only with the arguments the queue has
            assertThat(redeclare(queue, Map.of("x-queue-type", "quorum", "x-delivery-limit", 1_000_000))).isNull();
            assertThat(redeclare(queue, Map.of("x-queue-type", "quorum")))
                    .contains("inequivalent arg 'x-delivery-limit'").contains("1000000");
        }
    }

    @Test
    void queuesDeclaredWithoutTheLimitByAnEarlierVersionAreKeptWithWhatTheyHold() throws Exception {
        try (Connection connection = broker.connectionFactory().newConnection(); Channel channel = connection.createChannel()) {
            channel.queueDeclare(config.deadLetterQueue(), true, false, false, Map.of("x-queue-type", "quorum"));
            channel.basicPublish("", config.deadLetterQueue(), new AMQP.BasicProperties.Builder().deliveryMode(2).build(),
                    "parked before the upgrade".getBytes());
        }

        topology.declare();

        assertThat(redeclare(config.deadLetterQueue(), Map.of("x-queue-type", "quorum"))).as("kept as it was").isNull();
        try (Connection connection = broker.connectionFactory().newConnection(); Channel channel = connection.createChannel()) {
            GetResponse parked = channel.basicGet(config.deadLetterQueue(), true);
            assertThat(new String(parked.getBody())).isEqualTo("parked before the upgrade");
            // the rest of the topology was declared after it: the other dead-letter queue has the limit
            assertThat(redeclare(config.deadLetterEventsQueue(), Map.of("x-queue-type", "quorum"))).isNotNull();
            channel.queueDeclarePassive(config.workQueue(Tier.lowest()));
        }
    }

    @Test
    void anyOtherRefusalOfADeadLetterQueueStillStopsTheStart() throws Exception {
        try (Connection connection = broker.connectionFactory().newConnection(); Channel channel = connection.createChannel()) {
            // another connection holds a queue of that name exclusively: RESOURCE_LOCKED, not an earlier version's queue
            channel.queueDeclare(config.deadLetterEventsQueue(), false, true, false, null);
            assertThatThrownBy(topology::declare).isInstanceOf(IOException.class)
                    .hasStackTraceContaining("RESOURCE_LOCKED");
        }
    }

    /** @return the broker's refusal, or null when it accepted the declaration */
    private String redeclare(String queue, Map<String, Object> arguments) throws Exception {
        try (Connection connection = broker.connectionFactory().newConnection()) {
            connection.createChannel().queueDeclare(queue, true, false, false, arguments);
            return null;
        } catch (IOException e) {
            return e.getCause().getMessage();
        }
    }

    private record TestTopology(String prefix) implements TopologyConfig {
        @Override
        public Duration messageTtl() {
            return Duration.ofHours(1);
        }

        @Override
        public List<Duration> retryDelays() {
            return List.of(Duration.ofMillis(200));
        }

        @Override
        public int deliveryLimit() {
            return 10;
        }

        @Override
        public int deadLetterDeliveryLimit() {
            return 1_000_000;
        }
    }
}
