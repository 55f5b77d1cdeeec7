package com.applicationmanager.admin.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.applicationmanager.testing.BrokerProbe;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

/** Reads what a queue really holds, from outside the application: every body, in order, by draining it. */
public final class QueueContents {

    private QueueContents() {
    }

    /** Takes every message off the queue (acknowledged) and returns the bodies, head first. */
    public static List<String> drain(String queue) {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        try (Connection connection = factory.newConnection("test-queue-contents");
                Channel channel = connection.createChannel()) {
            List<String> bodies = new ArrayList<>();
            for (GetResponse r = channel.basicGet(queue, true); r != null; r = channel.basicGet(queue, true)) {
                bodies.add(new String(r.getBody(), StandardCharsets.UTF_8));
            }
            return bodies;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot drain " + queue, e);
        }
    }

    /** Publishes a raw body straight into a queue through the default exchange. */
    public static void put(BrokerProbe broker, String queue, String body) {
        broker.publish("", queue, body, java.util.Map.of("x-reason", "test-fixture"));
    }
}
