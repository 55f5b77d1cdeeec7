package com.applicationmanager.pipeline.steps;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import com.applicationmanager.pipeline.ApplicationSnapshot;
import com.applicationmanager.pipeline.CompletionMessage;
import com.applicationmanager.pipeline.NotificationSender;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Hands the outcome to the existing notification flow: an {@code application.processed} event on the
 * notifications exchange, confirmed by the broker. The worker stores the event with the application's COMPLETED
 * and publishes it after that commit ({@link CompletionMessage}); the message id is the application's, stable.
 */
@ApplicationScoped
public class NotifyStep implements CompletionMessage {

    public static final String EVENT = "application.processed";

    private final NotificationSender notifications;
    private final ObjectMapper json;

    public NotifyStep(NotificationSender notifications, ObjectMapper json) {
        this.notifications = notifications;
        this.json = json;
    }

    @Override
    public String id() {
        return "notify";
    }

    @Override
    public Outgoing messageFor(ApplicationSnapshot application) {
        return new Outgoing(application.id(), messageId(application), new String(bytes(event(application)), StandardCharsets.UTF_8));
    }

    @Override
    public List<CompletableFuture<Void>> publish(List<Outgoing> messages) {
        List<CompletableFuture<Void>> confirms = new ArrayList<>();
        for (Outgoing message : messages) {
            confirms.add(notifications.send(EVENT, message.messageId(), message.body().getBytes(StandardCharsets.UTF_8)));
        }
        return confirms;
    }

    private static String messageId(ApplicationSnapshot application) {
        return application.id() + ":" + EVENT;
    }

    private static Map<String, Object> event(ApplicationSnapshot application) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("event", EVENT);
        event.put("applicationId", application.id());
        event.put("tenant", application.tenant());
        event.put("type", application.type());
        event.put("jobPostingId", application.jobPostingId());
        event.put("results", application.stepOutputs());
        event.put("occurredAt", Instant.now());
        return event;
    }

    private byte[] bytes(Map<String, Object> event) {
        try {
            return json.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode the notification", e);
        }
    }
}
