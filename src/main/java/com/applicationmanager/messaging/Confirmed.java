package com.applicationmanager.messaging;

import java.util.concurrent.CompletableFuture;

import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;

/**
 * Sending through a channel with {@code publish-confirms=true}: the future completes on the broker's confirm.
 * The message continues the sender's trace: the connector may publish on another thread, where the sender's
 * context would otherwise be gone. Kept beside {@code MutinyEmitter.sendMessage}, which completes on the same
 * ack and nack: callers want a {@link CompletableFuture} each, and a full buffer refuses here at once, on the
 * caller's thread, which the outbox relay counts as unconfirmed without waiting.
 */
public final class Confirmed {

    private Confirmed() {
    }

    public static CompletableFuture<Void> send(Emitter<byte[]> emitter, byte[] body, OutgoingRabbitMQMetadata metadata) {
        CompletableFuture<Void> confirmed = new CompletableFuture<>();
        emitter.send(Message.of(body)
                .addMetadata(metadata)
                .addMetadata(TracingMetadata.withCurrent(Context.current()))
                .withAck(() -> {
                    confirmed.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    confirmed.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return confirmed;
    }
}
