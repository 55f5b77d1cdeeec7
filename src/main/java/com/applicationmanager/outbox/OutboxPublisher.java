package com.applicationmanager.outbox;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import com.applicationmanager.messaging.Channels;
import com.applicationmanager.messaging.Confirmed;
import com.applicationmanager.messaging.TopologyConfig;

import io.opentelemetry.context.Scope;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;

/**
 * Publishes outbox rows and waits for the broker's confirms. The circuit breaker opens after repeated failures
 * so that a broker outage costs one fast refusal per poll instead of a confirm timeout per batch.
 */
@ApplicationScoped
public class OutboxPublisher {

    private final Emitter<byte[]> emitter;
    private final TopologyConfig topology;
    private final OutboxConfig config;
    private final TraceContextCarrier traceContext;

    public OutboxPublisher(@Channel(Channels.APPLICATIONS_OUT) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096) Emitter<byte[]> emitter,
            TopologyConfig topology, OutboxConfig config, TraceContextCarrier traceContext) {
        this.emitter = emitter;
        this.topology = topology;
        this.config = config;
        this.traceContext = traceContext;
    }

    /** Returns once the broker has confirmed every entry; throws if any is refused or unconfirmed in time. */
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5000, successThreshold = 1)
    public void publishConfirmed(List<OutboxEntry> entries) throws InterruptedException, ExecutionException, TimeoutException {
        CompletableFuture<?>[] confirms = entries.stream().map(this::publish).toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(confirms).get(config.confirmTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private CompletableFuture<Void> publish(OutboxEntry entry) {
        OutgoingRabbitMQMetadata metadata = OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(entry.routingKey)
                .withMessageId(entry.applicationId.toString())
                .withContentType("application/json")
                .withDeliveryMode(2)
                .withTimestamp(ZonedDateTime.now())
                .withExpiration(String.valueOf(topology.messageTtl().toMillis()))
                .build();
        try (Scope submittersTrace = traceContext.restore(entry.traceHeaders).makeCurrent()) {
            return Confirmed.send(emitter, entry.payload.getBytes(StandardCharsets.UTF_8), metadata);
        }
    }
}
