package com.applicationmanager.pipeline.steps;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import com.applicationmanager.messaging.Channels;
import com.applicationmanager.messaging.Confirmed;
import com.applicationmanager.pipeline.ApplicationSnapshot;
import com.applicationmanager.pipeline.BatchStep;
import com.applicationmanager.pipeline.StepResult;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;

/**
 * Hands the outcome to the existing notification flow: an {@code application.processed} event on the
 * notifications exchange, confirmed by the broker. Delivery is at least once (a crash after the confirm and
 * before the step's output is stored sends it again); the message id is stable, so consumers de-duplicate.
 * A batch's events are published together and their confirms awaited together.
 */
@ApplicationScoped
public class NotifyStep implements BatchStep {

    public static final String EVENT = "application.processed";
    private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(10);

    private final Emitter<byte[]> notifications;
    private final ObjectMapper json;

    public NotifyStep(
            // room for every application of the batches in flight
            @Channel(Channels.NOTIFICATIONS_OUT) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
            Emitter<byte[]> notifications, ObjectMapper json) {
        this.notifications = notifications;
        this.json = json;
    }

    @Override
    public String id() {
        return "notify";
    }

    @Override
    public List<StepResult> runAll(List<ApplicationSnapshot> applications) {
        List<CompletableFuture<Void>> confirms = new ArrayList<>();
        for (ApplicationSnapshot application : applications) {
            try {
                confirms.add(Confirmed.send(notifications, bytes(event(application)), metadata(messageId(application))));
            } catch (RuntimeException e) {
                confirms.add(CompletableFuture.failedFuture(e));
            }
        }
        // the batch's publishes are in flight together; one wait covers all their confirms
        long deadline = System.nanoTime() + CONFIRM_TIMEOUT.toNanos();
        List<StepResult> results = new ArrayList<>();
        for (int i = 0; i < applications.size(); i++) {
            try {
                long left = Math.max(0, deadline - System.nanoTime());
                confirms.get(i).get(left, TimeUnit.NANOSECONDS);
                results.add(StepResult.of(Map.of("notification", messageId(applications.get(i)))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                results.add(StepResult.failed(new IllegalStateException("interrupted while waiting for a publish confirm", e)));
            } catch (ExecutionException | TimeoutException e) {
                results.add(StepResult.failed(new IllegalStateException("notification not confirmed by the broker: " + e, e)));
            } catch (RuntimeException e) {
                results.add(StepResult.failed(e));
            }
        }
        return results;
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

    private static OutgoingRabbitMQMetadata metadata(String messageId) {
        return OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(EVENT)
                .withMessageId(messageId)
                .withType(EVENT)
                .withContentType("application/json")
                .withDeliveryMode(2)
                .withTimestamp(ZonedDateTime.now())
                .build();
    }

    private byte[] bytes(Map<String, Object> event) {
        try {
            return json.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode the notification", e);
        }
    }
}
