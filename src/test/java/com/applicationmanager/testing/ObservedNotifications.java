package com.applicationmanager.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.rabbitmq.client.GetResponse;

/** A queue bound to a profile's notifications exchange, empty at the start: the notifications a test caused. */
public final class ObservedNotifications implements AutoCloseable {

    private final BrokerProbe broker;
    private final String queue;

    public ObservedNotifications(BrokerProbe broker, String prefix) {
        this.broker = broker;
        this.queue = prefix + ".notifications.observed";
        broker.bindQueue(queue, prefix + ".notifications", "#");
        broker.purge(queue);
    }

    /** The bodies that arrived since the last call. */
    public List<String> take() {
        List<String> bodies = new ArrayList<>();
        GetResponse message;
        while ((message = broker.take(queue)) != null) {
            bodies.add(new String(message.getBody(), StandardCharsets.UTF_8));
        }
        return bodies;
    }

    @Override
    public void close() throws Exception {
        broker.deleteQueues(queue);
        broker.close();
    }
}
