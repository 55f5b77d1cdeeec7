package com.applicationmanager.faults;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
        channel.basicConsume(observer, true, (tag, delivery) -> deliveries.merge(delivery.getProperties().getMessageId(),
                1, Integer::sum), tag -> {
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

    /** Deliveries per application id (the message id) since the tap was made. */
    Map<String, Integer> deliveries() {
        return Map.copyOf(deliveries);
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
