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
    private final String observer;
    private final Map<String, Integer> notifications = new ConcurrentHashMap<>();

    NotificationTap(String prefix) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setNetworkRecoveryInterval(500);
        connection = factory.newConnection("fault-suite-notifications");
        Channel channel = connection.createChannel();
        String exchange = prefix + ".notifications";
        observer = exchange + ".tap";
        // durable and not exclusive: a broker restart (BrokerOutageIT) neither removes it nor loses what was routed
        // to it while the tap reconnected; the tap deletes it at the end
        channel.queueDeclare(observer, true, false, false, null);
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
        try (Channel channel = connection.createChannel()) {
            channel.queueDelete(observer);
        }
        connection.close();
    }
}
