package com.applicationmanager.worker;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

import com.applicationmanager.messaging.ApplicationMessage;
import com.applicationmanager.messaging.Channels;
import com.applicationmanager.messaging.Confirmed;
import com.applicationmanager.messaging.MessageCodec;
import com.applicationmanager.messaging.Tier;
import com.applicationmanager.messaging.Topology;
import com.applicationmanager.messaging.TopologyConfig;

/**
 * Where a failed delivery goes next: a retry queue whose TTL is the backoff, or the dead-letter exchange with
 * headers that say why (the names follow Spring AMQP's RepublishMessageRecoverer). Both wait for the confirm.
 */
@ApplicationScoped
public class FailureRouting {

    public static final String REASON = "x-reason";
    public static final String EXCEPTION_TYPE = "x-exception-type";
    public static final String EXCEPTION_MESSAGE = "x-exception-message";
    public static final String ORIGINAL_QUEUE = "x-original-queue";
    public static final String ATTEMPTS = "x-attempts";
    public static final String FIRST_FAILURE = "x-first-failure";
    public static final String LAST_FAILURE = "x-last-failure";

    private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(10);

    private final Emitter<byte[]> retries;
    private final Emitter<byte[]> deadLetters;
    private final MessageCodec codec;
    private final TopologyConfig topology;

    public FailureRouting(@Channel(Channels.RETRIES_OUT) Emitter<byte[]> retries,
            @Channel(Channels.DEAD_LETTERS_OUT) Emitter<byte[]> deadLetters,
            MessageCodec codec, TopologyConfig topology) {
        this.retries = retries;
        this.deadLetters = deadLetters;
        this.codec = codec;
        this.topology = topology;
    }

    /** Publishes the message for another attempt after {@code delay}; the delay must be one of the retry queues'. */
    public void retryLater(ApplicationMessage next, Duration delay, Throwable error, Map<String, Object> previousHeaders) {
        Map<String, Object> headers = failureHeaders(error, next.attempt() - 1, Tier.of(next.tier()), previousHeaders);
        headers.put(Topology.RETRY_DELAY_HEADER, String.valueOf(delay.toMillis()));
        Confirmed.sendAndWait(retries, codec.encode(next), metadata(next.routingKey(), next.applicationId().toString(), headers),
                CONFIRM_TIMEOUT);
    }

    /** Parks a message in the dead-letter queue; {@code body} is sent as received, even if unreadable. */
    public void deadLetter(byte[] body, String messageId, Tier tier, String reason, int attempts, Throwable error,
            Map<String, Object> previousHeaders) {
        Map<String, Object> headers = failureHeaders(error, attempts, tier, previousHeaders);
        headers.put(REASON, reason);
        Confirmed.sendAndWait(deadLetters, body, metadata("", messageId, headers), CONFIRM_TIMEOUT);
    }

    private Map<String, Object> failureHeaders(Throwable error, int attempts, Tier tier, Map<String, Object> previous) {
        String now = Instant.now().toString();
        Map<String, Object> headers = new HashMap<>();
        headers.put(FIRST_FAILURE, previous.getOrDefault(FIRST_FAILURE, now).toString());
        headers.put(LAST_FAILURE, now);
        headers.put(ATTEMPTS, attempts);
        headers.put(ORIGINAL_QUEUE, topology.workQueue(tier));
        if (error != null) {
            headers.put(EXCEPTION_TYPE, error.getClass().getSimpleName());
            String message = String.valueOf(error.getMessage());
            headers.put(EXCEPTION_MESSAGE, message.length() > 1000 ? message.substring(0, 1000) : message);
        }
        return headers;
    }

    private static io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata metadata(String routingKey,
            String messageId, Map<String, Object> headers) {
        return io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(routingKey)
                .withMessageId(messageId)
                .withContentType("application/json")
                .withDeliveryMode(2)
                .withTimestamp(ZonedDateTime.now())
                .withHeaders(headers)
                .build();
    }
}
