package com.applicationmanager.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.applicationmanager.messaging.ApplicationMessage;
import com.applicationmanager.messaging.MessageCodec;
import com.applicationmanager.messaging.UnreadableMessageException;
import com.applicationmanager.worker.DeadLetterEvents;
import com.applicationmanager.messaging.FailureHeaders;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Delivery;

/** Turns a message taken from the dead-letter queue into a {@link DeadLetter}; never fails on a bad message. */
@ApplicationScoped
public class DeadLetterReader {

    private final MessageCodec codec;

    public DeadLetterReader(MessageCodec codec) {
        this.codec = codec;
    }

    public Optional<ApplicationMessage> decode(Delivery response) {
        try {
            return Optional.of(codec.decode(response.getBody()));
        } catch (UnreadableMessageException e) {
            return Optional.empty();
        }
    }

    public DeadLetter read(int position, Delivery response) {
        AMQP.BasicProperties props = response.getProperties();
        Map<String, Object> headers = props.getHeaders() == null ? Map.of() : props.getHeaders();
        Map<?, ?> death = firstDeath(headers);
        Optional<ApplicationMessage> message = decode(response);
        String reason = DeadLetterEvents.reasonOf(headers);
        String originalQueue = Optional.ofNullable(text(headers.get(FailureHeaders.ORIGINAL_QUEUE)))
                .orElse(text(headers.get("x-first-death-queue")));
        String deathTime = death == null || death.get("time") == null ? null : iso(death.get("time"));
        Integer attempts = headers.get(FailureHeaders.ATTEMPTS) instanceof Number n ? n.intValue()
                : message.map(ApplicationMessage::attempt).orElse(null);
        return new DeadLetter(position, props.getMessageId(),
                message.map(ApplicationMessage::applicationId).orElse(null),
                message.map(ApplicationMessage::type).orElse(null),
                message.map(ApplicationMessage::tenant).orElse(null),
                reason, attempts,
                Optional.ofNullable(text(headers.get(FailureHeaders.FIRST_FAILURE))).orElse(deathTime),
                Optional.ofNullable(text(headers.get(FailureHeaders.LAST_FAILURE))).orElse(deathTime),
                text(headers.get(FailureHeaders.EXCEPTION_TYPE)),
                Optional.ofNullable(text(headers.get(FailureHeaders.EXCEPTION_MESSAGE)))
                        .orElse(message.isPresent() ? null : "unreadable message"),
                originalQueue,
                props.getTimestamp() == null ? null : props.getTimestamp().toInstant(),
                message.isPresent(), null);
    }

    private static Map<?, ?> firstDeath(Map<String, Object> headers) {
        if (headers.get("x-death") instanceof List<?> deaths && !deaths.isEmpty() && deaths.get(0) instanceof Map<?, ?> death) {
            return death;
        }
        return null;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** x-death times arrive as java.util.Date. */
    private static String iso(Object value) {
        return value instanceof java.util.Date date ? date.toInstant().toString() : value.toString();
    }
}
