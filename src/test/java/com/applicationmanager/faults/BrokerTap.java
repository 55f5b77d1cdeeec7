package com.applicationmanager.faults;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/**
 * Watches a scenario's main exchange from outside the application: a queue of its own, bound to every routing
 * key, counts how often each application was delivered. It can also make the broker refuse one routing key the
 * way a full queue with {@code overflow=reject-publish} does: the publish is routed, and the publisher is nacked.
 */
final class BrokerTap implements AutoCloseable {

    private final Connection connection;
    private final Channel channel;
    private final String exchange;
    private final String observer;
    private final String refusing;
    private final Map<String, Integer> deliveries = new ConcurrentHashMap<>();
    private final Map<String, Integer> retries = new ConcurrentHashMap<>();
    private final Map<String, List<String>> seen = new ConcurrentHashMap<>();

    BrokerTap(Scenario scenario) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        connection = factory.newConnection("fault-suite-tap");
        channel = connection.createChannel();
        exchange = scenario.prefix;
        observer = scenario.prefix + ".tap";
        refusing = scenario.prefix + ".refusing";
        // exclusive: the broker removes both queues when the tap's connection closes
        channel.queueDeclare(observer, false, true, true, null);
        channel.queueBind(observer, exchange, "#");
        // a worker's retry comes back through this exchange from a retry queue, which stamps x-death on it: it is
        // counted apart, so that deliveries() counts what the relay published
        channel.basicConsume(observer, true, (tag, delivery) -> {
            Map<String, Object> headers = delivery.getProperties().getHeaders();
            boolean retry = headers != null && headers.containsKey("x-death");
            String id = delivery.getProperties().getMessageId();
            (retry ? retries : deliveries).merge(id, 1, Integer::sum);
            seen.computeIfAbsent(id, key -> new CopyOnWriteArrayList<>()).add("tag " + delivery.getEnvelope().getDeliveryTag()
                    + " redelivered=" + delivery.getEnvelope().isRedeliver() + " key=" + delivery.getEnvelope().getRoutingKey()
                    + " headers=" + (headers == null ? "{}" : headers.keySet()) + " timestamp=" + delivery.getProperties().getTimestamp());
        }, tag -> {
        });
    }

    /** From now on the broker nacks every publish whose routing key matches {@code bindingKey}. */
    void refuse(String bindingKey) throws Exception {
        channel.queueDeclare(refusing, false, true, true, Map.of("x-max-length", 0, "x-overflow", "reject-publish"));
        channel.queueBind(refusing, exchange, bindingKey);
    }

    void stopRefusing() throws Exception {
        channel.queueDelete(refusing);
    }

    /** Publishes that reached the exchange per application id (the message id) since the tap was made. */
    Map<String, Integer> deliveries() {
        return Map.copyOf(deliveries);
    }

    /** What the tap saw of each delivery of the message, for a failure's message. */
    List<String> seen(String messageId) {
        return seen.getOrDefault(messageId, List.of());
    }

    /** Worker retries that came back through the exchange per application id, kept apart from the publishes. */
    Map<String, Integer> retries() {
        return Map.copyOf(retries);
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
