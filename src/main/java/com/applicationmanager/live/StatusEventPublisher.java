package com.applicationmanager.live;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;

import com.applicationmanager.tracking.StatusChanged;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Publishes every committed status change, whichever role wrote it, to the status exchange. One at a time, in
 * the order they were committed, on Quarkus's worker pool (a {@link ManagedExecutor} view of it: at most one
 * task running, {@code app.live.publish-buffer} waiting), so a slow or absent broker never holds up a worker or
 * a request; what does not fit is dropped and counted ({@code applications.live.events{outcome=dropped}}).
 */
@ApplicationScoped
public class StatusEventPublisher {

    private final StatusBus bus;
    private final ObjectMapper json;
    private final ManagedExecutor inOrder;
    private final Counter published;
    private final Counter dropped;

    public StatusEventPublisher(StatusBus bus, ObjectMapper json, LiveConfig config, MeterRegistry meters) {
        this.bus = bus;
        this.json = json;
        this.published = meters.counter("applications.live.events", "outcome", "published");
        this.dropped = meters.counter("applications.live.events", "outcome", "dropped");
        // no context travels with an event: it is plain data, published after its transaction is gone
        this.inOrder = ManagedExecutor.builder().maxAsync(1).maxQueued(config.publishBuffer())
                .propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) StatusChanged change) {
        StatusEvent event = StatusEvent.of(change);
        try {
            inOrder.execute(() -> publish(event));
        } catch (RejectedExecutionException full) {
            dropped.increment();
        }
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
        inOrder.shutdown();
        inOrder.awaitTermination(2, TimeUnit.SECONDS);
    }
}
