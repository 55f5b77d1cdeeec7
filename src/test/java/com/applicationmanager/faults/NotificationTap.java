package com.applicationmanager.faults;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/**
 * The side effect every fault case counts: the notify step's {@code application.processed} events, seen from
 * outside the application by a queue of the tap's own on the scenario's notifications exchange, per application.
 * It counts notifications, not copies: a stored notification published again because the broker's confirm was
 * lost (a broker restart) arrives with the same id and the same body, and a consumer de-duplicating by id takes
 * it once; notifying twice makes a second event (its own {@code occurredAt}), and counts twice.
 */
final class NotificationTap implements AutoCloseable {

    private static final String SUFFIX = ":application.processed"; // NotifyStep's message id: <application id>:<event>

    private final Connection connection;
    private final String observer;
    private final Map<String, Set<String>> notifications = new ConcurrentHashMap<>();

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
        channel.basicConsume(observer, true, (tag, delivery) -> notifications.computeIfAbsent(
                delivery.getProperties().getMessageId().replace(SUFFIX, ""), id -> ConcurrentHashMap.newKeySet())
                .add(new String(delivery.getBody(), StandardCharsets.UTF_8)), tag -> {
                });
    }

    /** Notifications per application id since the tap was made. */
    Map<String, Integer> perApplication() {
        Map<String, Integer> counts = new HashMap<>();
        notifications.forEach((id, events) -> counts.put(id, events.size()));
        return counts;
    }

    @Override
    public void close() throws Exception {
        try (Channel channel = connection.createChannel()) {
            channel.queueDelete(observer);
        }
        connection.close();
    }
}
