package com.applicationmanager.worker;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.applicationmanager.messaging.Channels;
import com.applicationmanager.messaging.MessageCodec;
import com.applicationmanager.messaging.UnreadableMessageException;
import com.applicationmanager.tracking.ApplicationStatus;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;

/**
 * Reads the copy of every dead letter and records on the application why it is there. This is the one place
 * FAILED and EXPIRED are set, so the status says "in the dead-letter queue" exactly when the message is:
 * whether the worker sent it there or the broker did (TTL expiry, delivery limit).
 */
@ApplicationScoped
public class DeadLetterEvents {

    private final MessageCodec codec;
    private final ProcessingLedger ledger;

    public DeadLetterEvents(MessageCodec codec, ProcessingLedger ledger) {
        this.codec = codec;
        this.ledger = ledger;
    }

    @Incoming(Channels.DEAD_LETTER_EVENTS_BUFFERED)
    @Blocking
    public CompletionStage<Void> record(Message<?> message) {
        Map<String, Object> headers = message.getMetadata(IncomingRabbitMQMetadata.class)
                .map(IncomingRabbitMQMetadata::getHeaders).orElse(Map.of());
        UUID id;
        try {
            id = codec.decode(message.getPayload()).applicationId();
        } catch (UnreadableMessageException e) {
            return message.ack(); // nothing to record against; the dead letter itself stays for operators
        }
        String reason = reasonOf(headers);
        ApplicationStatus status = "expired".equals(reason) ? ApplicationStatus.EXPIRED : ApplicationStatus.FAILED;
        ledger.deadLettered(id, status, "dead-lettered: " + reason, text(headers.get(FailureRouting.EXCEPTION_TYPE)),
                text(headers.get(FailureRouting.EXCEPTION_MESSAGE)));
        return message.ack();
    }

    /** The worker's own reason, or the broker's: expired, delivery_limit, rejected. */
    static String reasonOf(Map<String, Object> headers) {
        Object own = headers.get(FailureRouting.REASON);
        if (own != null) {
            return own.toString();
        }
        Object brokers = headers.get("x-first-death-reason");
        if (brokers != null) {
            return brokers.toString();
        }
        Object deaths = headers.get("x-death");
        if (deaths instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> death) {
            return String.valueOf(death.get("reason"));
        }
        return "unknown";
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
