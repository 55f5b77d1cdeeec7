package com.applicationmanager.pipeline.steps;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

import com.applicationmanager.messaging.Channels;
import com.applicationmanager.messaging.Confirmed;
import com.applicationmanager.pipeline.ApplicationSnapshot;
import com.applicationmanager.pipeline.ProcessingStep;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;

/**
 * Hands the outcome to the existing notification flow: an {@code application.processed} event on the
 * notifications exchange, confirmed by the broker. Delivery is at least once (a crash after the confirm and
 * before the step's output is stored sends it again); the message id is stable, so consumers de-duplicate.
 */
@ApplicationScoped
public class NotifyStep implements ProcessingStep {

    public static final String EVENT = "application.processed";

    private final Emitter<byte[]> notifications;
    private final ObjectMapper json;

    public NotifyStep(@Channel(Channels.NOTIFICATIONS_OUT) Emitter<byte[]> notifications, ObjectMapper json) {
        this.notifications = notifications;
        this.json = json;
    }

    @Override
    public String id() {
        return "notify";
    }

    @Override
    public Map<String, Object> run(ApplicationSnapshot application) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("event", EVENT);
        event.put("applicationId", application.id());
        event.put("tenant", application.tenant());
        event.put("type", application.type());
        event.put("jobPostingId", application.jobPostingId());
        event.put("results", application.stepOutputs());
        event.put("occurredAt", Instant.now());
        String messageId = application.id() + ":" + EVENT;
        Confirmed.sendAndWait(notifications, bytes(event), OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(EVENT)
                .withMessageId(messageId)
                .withType(EVENT)
                .withContentType("application/json")
                .withDeliveryMode(2)
                .withTimestamp(ZonedDateTime.now())
                .build(), Duration.ofSeconds(10));
        return Map.of("notification", messageId);
    }

    private byte[] bytes(Map<String, Object> event) {
        try {
            return json.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode the notification", e);
        }
    }
}
