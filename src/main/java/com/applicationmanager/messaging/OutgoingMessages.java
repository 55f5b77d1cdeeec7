package com.applicationmanager.messaging;

import java.time.ZonedDateTime;

import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;

/**
 * The metadata every message this service publishes to RabbitMQ carries, built in one place: its routing key
 * and message id, a JSON body, persistent delivery (it survives a broker restart) and the time it was sent.
 */
public final class OutgoingMessages {

    private OutgoingMessages() {
    }

    /** The common part; the caller adds what is its own (expiration, headers, type) and builds. */
    public static OutgoingRabbitMQMetadata.Builder persistentJson(String routingKey, String messageId) {
        return OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(routingKey)
                .withMessageId(messageId)
                .withContentType("application/json")
                .withDeliveryMode(2)
                .withTimestamp(ZonedDateTime.now());
    }
}
