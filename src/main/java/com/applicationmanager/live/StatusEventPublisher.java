package com.applicationmanager.live;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import com.applicationmanager.tracking.StatusChanged;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Publishes every committed status change, whichever role wrote it, to the status exchange. It runs on a
 * thread of its own behind a bounded buffer, so a slow or absent broker never holds up a worker or a
 * request; what does not fit is dropped and counted ({@code applications.live.events{outcome=dropped}}).
 */
@ApplicationScoped
public class StatusEventPublisher {

    private final StatusBus bus;
    private final ObjectMapper json;
    private final ThreadPoolExecutor thread;
    private final Counter published;
    private final Counter dropped;

    public StatusEventPublisher(StatusBus bus, ObjectMapper json, LiveConfig config, MeterRegistry meters) {
        this.bus = bus;
        this.json = json;
        this.published = meters.counter("applications.live.events", "outcome", "published");
        this.dropped = meters.counter("applications.live.events", "outcome", "dropped");
        this.thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(config.publishBuffer()), r -> new Thread(r, "status-events"),
                (task, executor) -> dropped.increment());
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) StatusChanged change) {
        StatusEvent event = StatusEvent.of(change);
        thread.execute(() -> publish(event));
    }

    private void publish(StatusEvent event) {
        try {
            if (bus.publish(json.writeValueAsBytes(event))) {
                published.increment();
                return;
            }
        } catch (JsonProcessingException e) {
            // a record of strings, numbers and an instant always serialises; counted below if it ever does not
        }
        dropped.increment();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        thread.shutdown();
        thread.awaitTermination(2, TimeUnit.SECONDS);
    }
}
