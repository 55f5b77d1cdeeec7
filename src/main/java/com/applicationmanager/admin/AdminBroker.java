package com.applicationmanager.admin;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import com.applicationmanager.messaging.BrokerSettings;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.Delivery;

/**
 * Short-lived AMQP channels for admin operations, and the one safe way to look into a quorum queue on RabbitMQ
 * 3.10 without reordering it: take every message at once, then close the channel. Measured here (see
 * docs/operations.md): a nack with requeue puts the message at the BACK of a quorum queue, while the messages a
 * departing consumer held go back to the head, in their original order, ahead of anything published meanwhile.
 * That holds only if the consumer held the whole queue; a partial take would rotate it.
 */
@ApplicationScoped
public class AdminBroker {

    private static final Duration DELIVERY_WAIT = Duration.ofSeconds(5);

    @FunctionalInterface
    public interface ChannelWork<T> {
        T run(Channel channel) throws IOException;
    }

    private final BrokerSettings broker;

    public AdminBroker(BrokerSettings broker) {
        this.broker = broker;
    }

    /** Runs {@code work} on a fresh channel; closing it hands back, in order, whatever was not acknowledged. */
    public <T> T withChannel(ChannelWork<T> work) {
        try (Connection connection = broker.connectionFactory().newConnection("application-manager-admin");
                Channel channel = connection.createChannel()) {
            return work.run(channel);
        } catch (IOException | TimeoutException e) {
            throw new IllegalStateException("RabbitMQ at " + broker.address() + " failed during an admin operation: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Takes the first {@code count} messages of the queue, unacknowledged, in queue order. Callers pass the queue's
     * whole depth, so that closing the channel restores the order (see the class comment).
     */
    public List<Delivery> take(Channel channel, String queue, int count) throws IOException {
        if (count == 0) {
            return List.of();
        }
        LinkedBlockingQueue<Delivery> arrived = new LinkedBlockingQueue<>();
        channel.basicQos(count);
        String consumer = channel.basicConsume(queue, false, (tag, delivery) -> arrived.add(delivery), tag -> {
        });
        List<Delivery> taken = new ArrayList<>(count);
        try {
            while (taken.size() < count) {
                Delivery next = arrived.poll(DELIVERY_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                if (next == null) {
                    break; // fewer than counted: someone else took some; work with what arrived
                }
                taken.add(next);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + queue, e);
        }
        channel.basicCancel(consumer);
        arrived.drainTo(taken);
        return taken;
    }
}
