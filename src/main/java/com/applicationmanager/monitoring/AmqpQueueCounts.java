package com.applicationmanager.monitoring;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import com.applicationmanager.messaging.BrokerSettings;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;

/**
 * What AMQP itself says of a queue when the management API does not answer: a passive declare returns the
 * ready messages and the consumers (nothing of unacknowledged messages, rates or ages). One connection, kept
 * between polls; a channel per queue, because a declare of a missing queue closes its channel.
 */
@ApplicationScoped
public class AmqpQueueCounts {

    /** One queue's figures as a passive declare reports them. */
    public record Count(String name, long ready, int consumers) {
    }

    private final BrokerSettings broker;
    private Connection connection;

    public AmqpQueueCounts(BrokerSettings broker) {
        this.broker = broker;
    }

    /** The queues that exist, in the order given; a missing one is left out. */
    public synchronized List<Count> count(List<String> names) {
        try {
            Connection open = connection();
            List<Count> counts = new ArrayList<>();
            for (String name : names) {
                try (Channel channel = open.createChannel()) {
                    AMQP.Queue.DeclareOk queue = channel.queueDeclarePassive(name);
                    counts.add(new Count(name, queue.getMessageCount(), queue.getConsumerCount()));
                } catch (IOException missing) {
                    if (!open.isOpen()) {
                        throw missing;
                    }
                }
            }
            return counts;
        } catch (IOException | TimeoutException e) {
            close();
            throw new IllegalStateException("RabbitMQ at " + broker.address() + " did not answer a passive declare: "
                    + e.getMessage(), e);
        }
    }

    private Connection connection() throws IOException, TimeoutException {
        if (connection == null || !connection.isOpen()) {
            connection = broker.connectionFactory().newConnection("application-manager-queue-counts");
        }
        return connection;
    }

    @PreDestroy
    synchronized void close() {
        if (connection != null) {
            try {
                connection.abort();
            } finally {
                connection = null;
            }
        }
    }
}
