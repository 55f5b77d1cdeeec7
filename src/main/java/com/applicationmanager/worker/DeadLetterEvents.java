package com.applicationmanager.worker;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import com.applicationmanager.messaging.ApplicationMessage;
import com.applicationmanager.messaging.FailureHeaders;
import com.applicationmanager.messaging.Channels;
import com.applicationmanager.messaging.MessageCodec;
import com.applicationmanager.messaging.UnreadableMessageException;
import com.applicationmanager.tracking.ApplicationStatus;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;

/**
 * Reads the copy of every dead letter and records on the application why it is there. This is the one place
 * FAILED and EXPIRED are set, so the status says "in the dead-letter queue" exactly when the message is:
 * whether the worker sent it there or the broker did (TTL expiry, delivery limit). An event that cannot be
 * recorded goes back to its queue; it never stops the consumption of the others.
 */
@ApplicationScoped
public class DeadLetterEvents {

    private static final Logger LOG = Logger.getLogger(DeadLetterEvents.class);

    private final MessageCodec codec;
    private final DeadLetterRecords records;

    public DeadLetterEvents(MessageCodec codec, DeadLetterRecords records) {
        this.codec = codec;
        this.records = records;
    }

    @Incoming(Channels.DEAD_LETTER_EVENTS_BUFFERED)
    @Blocking
    public CompletionStage<Void> record(Message<?> message) {
        Map<String, Object> headers = message.getMetadata(IncomingRabbitMQMetadata.class)
                .map(IncomingRabbitMQMetadata::getHeaders).orElse(Map.of());
        ApplicationMessage letter;
        try {
            letter = codec.decode(message.getPayload());
        } catch (UnreadableMessageException e) {
            return message.ack(); // nothing to record against; the dead letter itself stays for operators
        }
        String reason = reasonOf(headers);
        ApplicationStatus status = "expired".equals(reason) ? ApplicationStatus.EXPIRED : ApplicationStatus.FAILED;
        try {
            records.record(letter, status, "dead-lettered: " + reason, text(headers.get(FailureHeaders.EXCEPTION_TYPE)),
                    text(headers.get(FailureHeaders.EXCEPTION_MESSAGE)));
        } catch (RuntimeException e) {
            LOG.warnf("Could not record the dead letter of application %s (%s: %s); the event returns to its queue",
                    letter.applicationId(), e.getClass().getSimpleName(), e.getMessage());
            return message.nack(e);
        }
        return message.ack();
    }

    /**
     * The worker's own reason, or the broker's for the latest death: expired, delivery_limit, rejected. The latest,
     * not the first: a message that came back from a retry queue carries {@code x-first-death-reason=expired}
     * from that queue's TTL, whatever sent it to the dead-letter queue later.
     */
    public static String reasonOf(Map<String, Object> headers) {
        Object own = headers.get(FailureHeaders.REASON);
        if (own != null) {
            return own.toString();
        }
        Object last = headers.get("x-last-death-reason"); // RabbitMQ 3.13 and later
        if (last != null) {
            return last.toString();
        }
        // x-death lists the deaths most recent first
        if (headers.get("x-death") instanceof List<?> deaths && !deaths.isEmpty()
                && deaths.get(0) instanceof Map<?, ?> latest && latest.get("reason") != null) {
            return latest.get("reason").toString();
        }
        Object first = headers.get("x-first-death-reason");
        return first == null ? "unknown" : first.toString();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
