package com.applicationmanager.live;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

/**
 * One client's stream. An application stream starts by holding live events back until the stored
 * timeline has been sent, then sends what it held; it remembers every entry sent, so an entry that arrives
 * both ways (stored and live) reaches the client once. A tenant stream is live only.
 */
public final class Subscription {

    private static final Logger LOG = Logger.getLogger(Subscription.class);

    private final Topic topic;
    private final Consumer<StatusEvent> sink;
    private final Set<String> sent;
    private List<StatusEvent> held;

    Subscription(Topic topic, Consumer<StatusEvent> sink) {
        this.topic = topic;
        this.sink = sink;
        boolean replays = topic.isApplication();
        this.sent = replays ? new HashSet<>() : null;
        this.held = replays ? new ArrayList<>() : null;
    }

    Topic topic() {
        return topic;
    }

    synchronized void offer(StatusEvent event) {
        if (held != null) {
            held.add(event);
        } else {
            sendOnce(event);
        }
    }

    /**
     * Sends the stored entries not sent yet, then anything held back, and goes live. Also how a stream
     * catches up after the broker connection was lost: entries already sent are skipped.
     */
    synchronized void replay(List<StatusEvent> stored) {
        stored.forEach(this::sendOnce);
        if (held != null) {
            held.forEach(this::sendOnce);
            held = null;
        }
    }

    private void sendOnce(StatusEvent event) {
        if (sent != null && !sent.add(event.key())) {
            return;
        }
        try {
            sink.accept(event);
        } catch (RuntimeException e) {
            // the client is going away; its close callback removes the subscription
            LOG.debugf("Could not send a status event to a client of %s: %s", topic, e.getMessage());
        }
    }
}
