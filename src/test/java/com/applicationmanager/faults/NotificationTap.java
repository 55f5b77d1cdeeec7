package com.applicationmanager.faults;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/**
 * The side effect every fault case counts: the notify step's {@code application.processed} events, seen from
 * outside the application by a queue of the tap's own on the scenario's notifications exchange, per application.
 */
final class NotificationTap implements AutoCloseable {

    private static final String SUFFIX = ":application.processed"; // NotifyStep's message id: <application id>:<event>

    private final Connection connection;
    private final Map<String, Integer> notifications = new ConcurrentHashMap<>();

    NotificationTap(String prefix) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        connection = factory.newConnection("fault-suite-notifications");
        Channel channel = connection.createChannel();
        String exchange = prefix + ".notifications";
        String observer = exchange + ".tap";
        // exclusive: the broker removes the queue when the tap's connection closes
        channel.queueDeclare(observer, false, true, true, null);
        channel.queueBind(observer, exchange, "#");
        channel.basicConsume(observer, true, (tag, delivery) -> notifications.merge(
                delivery.getProperties().getMessageId().replace(SUFFIX, ""), 1, Integer::sum), tag -> {
                });
    }

    /** Notifications per application id since the tap was made. */
    Map<String, Integer> perApplication() {
        return Map.copyOf(notifications);
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
