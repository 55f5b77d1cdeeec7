package com.applicationmanager.worker;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import com.applicationmanager.messaging.ApplicationMessage;
import com.applicationmanager.messaging.Channels;
import com.applicationmanager.messaging.Confirmed;
import com.applicationmanager.messaging.FailureHeaders;
import com.applicationmanager.messaging.MessageCodec;
import com.applicationmanager.messaging.OutgoingMessages;
import com.applicationmanager.messaging.Tier;
import com.applicationmanager.messaging.Topology;
import com.applicationmanager.messaging.TopologyConfig;

import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;

/**
 * Where a failed delivery goes next: a retry queue whose TTL is the backoff, or the dead-letter exchange with
 * headers that say why ({@link FailureHeaders}). Both complete on the confirm.
 */
@ApplicationScoped
public class FailureRouting {

    private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(10);

    private final Emitter<byte[]> retries;
    private final Emitter<byte[]> deadLetters;
    private final MessageCodec codec;
    private final TopologyConfig topology;

    public FailureRouting(
            @Channel(Channels.RETRIES_OUT) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
            Emitter<byte[]> retries,
            @Channel(Channels.DEAD_LETTERS_OUT) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
            Emitter<byte[]> deadLetters,
            MessageCodec codec, TopologyConfig topology) {
        this.retries = retries;
        this.deadLetters = deadLetters;
        this.codec = codec;
        this.topology = topology;
    }

    /**
     * Publishes the message for another attempt after {@code delay}; the delay must be one of the retry queues'.
     * Completes on the broker's confirm; fails (never throws) when it is refused or does not come in time.
     */
    public CompletableFuture<Void> retryLater(ApplicationMessage next, Duration delay, Throwable error,
            Map<String, Object> previousHeaders, int outageRetries) {
        return confirmed(() -> {
            Map<String, Object> headers = failureHeaders(error, next.attempt() - 1, Tier.of(next.tier()), previousHeaders);
            headers.put(Topology.RETRY_DELAY_HEADER, String.valueOf(delay.toMillis()));
            headers.put(FailureHeaders.OUTAGE_RETRIES, outageRetries);
            return Confirmed.send(retries, codec.encode(next),
                    metadata(next.routingKey(), next.applicationId().toString(), headers));
        });
    }

    /** Parks a message in the dead-letter queue; {@code body} is sent as received, even if unreadable. */
    public CompletableFuture<Void> deadLetter(byte[] body, String messageId, Tier tier, String reason, int attempts,
            Throwable error, Map<String, Object> previousHeaders) {
        return confirmed(() -> {
            Map<String, Object> headers = failureHeaders(error, attempts, tier, previousHeaders);
            headers.put(FailureHeaders.REASON, reason);
            return Confirmed.send(deadLetters, body, metadata("", messageId, headers));
        });
    }

    /** The outage retries recorded on a delivery; 0 for one that ran. */
    public static int outageRetries(Map<String, Object> headers) {
        Object value = headers.get(FailureHeaders.OUTAGE_RETRIES);
        return value instanceof Number number ? number.intValue() : 0;
    }

    private static CompletableFuture<Void> confirmed(Supplier<CompletableFuture<Void>> publish) {
        try {
            return publish.get().orTimeout(CONFIRM_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e); // a full buffer, a closed channel: the caller nacks
        }
    }

    private Map<String, Object> failureHeaders(Throwable error, int attempts, Tier tier, Map<String, Object> previous) {
        String now = Instant.now().toString();
        Map<String, Object> headers = new HashMap<>();
        headers.put(FailureHeaders.FIRST_FAILURE, previous.getOrDefault(FailureHeaders.FIRST_FAILURE, now).toString());
        headers.put(FailureHeaders.LAST_FAILURE, now);
        headers.put(FailureHeaders.ATTEMPTS, attempts);
        headers.put(FailureHeaders.ORIGINAL_QUEUE, topology.workQueue(tier));
        if (error != null) {
            headers.put(FailureHeaders.EXCEPTION_TYPE, error.getClass().getSimpleName());
            String message = String.valueOf(error.getMessage());
            headers.put(FailureHeaders.EXCEPTION_MESSAGE, message.length() > 1000 ? message.substring(0, 1000) : message);
        }
        return headers;
    }

    private static OutgoingRabbitMQMetadata metadata(String routingKey, String messageId, Map<String, Object> headers) {
        return OutgoingMessages.persistentJson(routingKey, messageId).withHeaders(headers).build();
    }
}
