package com.applicationmanager.messaging;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ShutdownSignalException;

/**
 * Declares every exchange and queue at start. Declarations are idempotent, so every process of either role
 * runs this; the connector's own declaration is switched off because it cannot express the retry queues.
 * See docs/queues.md for the picture and the reasons.
 */
@ApplicationScoped
public class Topology {

    // a headers exchange ignores arguments starting with "x-" when matching, so this one must not
    public static final String RETRY_DELAY_HEADER = "retry-delay-ms";

    private static final Logger LOG = Logger.getLogger(Topology.class);

    private final TopologyConfig config;
    private final BrokerSettings broker;

    public Topology(TopologyConfig config, BrokerSettings broker) {
        this.config = config;
        this.broker = broker;
    }

    public void declare() throws IOException, TimeoutException {
        try (Connection connection = broker.connectionFactory().newConnection("application-manager-topology");
                Channel channel = connection.createChannel()) {
            channel.exchangeDeclare(config.mainExchange(), BuiltinExchangeType.TOPIC, true);
            channel.exchangeDeclare(config.retryExchange(), BuiltinExchangeType.HEADERS, true);
            channel.exchangeDeclare(config.deadLetterExchange(), BuiltinExchangeType.FANOUT, true);
            channel.exchangeDeclare(config.notificationsExchange(), BuiltinExchangeType.TOPIC, true);

            for (Tier tier : Tier.values()) {
                String queue = config.workQueue(tier);
                channel.queueDeclare(queue, true, false, false, Map.of(
                        "x-queue-type", "quorum",
                        "x-delivery-limit", config.deliveryLimit(),
                        "x-dead-letter-exchange", config.deadLetterExchange(),
                        "x-dead-letter-strategy", "at-least-once",
                        "x-overflow", "reject-publish"));
                channel.queueBind(queue, config.mainExchange(), tier.key() + ".#");
            }

            for (Duration delay : retryDelays()) {
                String queue = config.retryQueue(delay);
                // expiry sends the message back to the main exchange under its original routing key
                channel.queueDeclare(queue, true, false, false, Map.of(
                        "x-queue-type", "quorum",
                        "x-message-ttl", delay.toMillis(),
                        "x-dead-letter-exchange", config.mainExchange(),
                        "x-dead-letter-strategy", "at-least-once",
                        "x-overflow", "reject-publish"));
                channel.queueBind(queue, config.retryExchange(), "",
                        Map.of("x-match", "all", RETRY_DELAY_HEADER, String.valueOf(delay.toMillis())));
            }

            for (String queue : new String[] { config.deadLetterQueue(), config.deadLetterEventsQueue() }) {
                declareKeepingEarlier(connection, queue, Map.of(
                        "x-queue-type", "quorum",
                        "x-delivery-limit", config.deadLetterDeliveryLimit()));
                channel.queueBind(queue, config.deadLetterExchange(), "");
            }
        }
        LOG.infof("Broker topology declared under prefix '%s' at %s", config.prefix(), broker.address());
    }

    /**
     * Versions before the explicit delivery limit declared these queues without it, and the broker refuses to
     * redeclare a queue with other arguments. Such a queue is kept as it is, with what it holds; a policy gives it
     * the limit (docs/queues.md "Upgrading the dead-letter queues").
     */
    private void declareKeepingEarlier(Connection connection, String queue, Map<String, Object> arguments)
            throws IOException, TimeoutException {
        Channel own = connection.createChannel();
        try {
            own.queueDeclare(queue, true, false, false, arguments);
        } catch (IOException e) {
            if (!(e.getCause() instanceof ShutdownSignalException signal)
                    || !(signal.getReason() instanceof AMQP.Channel.Close close)
                    || close.getReplyCode() != AMQP.PRECONDITION_FAILED) {
                throw e;
            }
            LOG.warnf("Queue %s was declared by an earlier version without %s and is kept as it is; set its delivery "
                    + "limit with a policy (docs/queues.md, \"Upgrading the dead-letter queues\")", queue, arguments);
        } finally {
            if (own.isOpen()) {
                own.close();
            }
        }
    }

    private Set<Duration> retryDelays() {
        return new LinkedHashSet<>(config.retryDelays());
    }
}
