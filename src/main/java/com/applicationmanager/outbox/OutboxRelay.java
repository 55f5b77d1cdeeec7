package com.applicationmanager.outbox;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

import com.applicationmanager.role.Role;

import io.quarkus.arc.Arc;
import io.quarkus.scheduler.Scheduled;

/**
 * Moves outbox rows to the broker: woken after each submission, and by a poll that picks up whatever an
 * earlier process left behind. Rows are locked with SKIP LOCKED, so several intake replicas can relay at once.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxPublisher publisher;
    private final OutboxConfig config;
    private final EntityManager em;
    private final boolean enabled;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    private final AtomicBoolean scheduled = new AtomicBoolean();

    public OutboxRelay(OutboxPublisher publisher, OutboxConfig config, EntityManager em,
            @ConfigProperty(name = "app.role") Role role) {
        this.publisher = publisher;
        this.config = config;
        this.em = em;
        this.enabled = role.servesApi();
    }

    /** Asks for a drain soon; calls made while one is pending fold into it. */
    public void wake() {
        if (enabled && scheduled.compareAndSet(false, true)) {
            thread.execute(this::drain);
        }
    }

    @Scheduled(every = "${app.outbox.poll-interval}", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    private void drain() {
        scheduled.set(false);
        OutboxRelay self = Arc.container().instance(OutboxRelay.class).get();
        try {
            while (self.relayBatch() == config.batchSize()) {
                // a full batch means more are waiting
            }
        } catch (CircuitBreakerOpenException e) {
            LOG.debug("Broker circuit open; outbox rows wait for the next poll");
        } catch (RuntimeException e) {
            // a confirm timeout arrives wrapped and without a message: name what actually happened
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            LOG.warnf("Outbox relay could not publish (%s: %s); rows stay in the outbox and are retried",
                    cause.getClass().getSimpleName(), cause.getMessage());
        }
    }

    /** Publishes one batch and deletes it once confirmed; rolls back, keeping the rows, on any failure. */
    @Transactional
    int relayBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxEntry> batch = em.createNativeQuery(
                "select * from {h-schema}outbox order by id limit :limit for update skip locked", OutboxEntry.class)
                .setParameter("limit", config.batchSize())
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            publisher.publishConfirmed(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for confirms", e);
        } catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getMessage(), e);
        }
        OutboxEntry.delete("id in ?1", batch.stream().map(entry -> entry.id).toList());
        return batch.size();
    }

    @PreDestroy
    void stop() {
        thread.shutdown();
    }
}
