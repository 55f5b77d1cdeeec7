package com.applicationmanager.messaging;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;

/**
 * Sending through a channel with {@code publish-confirms=true}: the future completes on the broker's confirm.
 * The message continues the sender's trace: the connector may publish on another thread, where the sender's
 * context would otherwise be gone.
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

    /** Blocks until confirmed; for worker threads, which must not ack the input before the output is safe. */
    public static void sendAndWait(Emitter<byte[]> emitter, byte[] body, OutgoingRabbitMQMetadata metadata, Duration timeout) {
        try {
            send(emitter, body, metadata).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a publish confirm", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("publish not confirmed by the broker: " + e.getMessage(), e);
        }
    }
}
