package com.applicationmanager.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Ages read from the database: the outbox backlog, and, for quorum queues whose head timestamp RabbitMQ 3.10
 * does not report, the oldest application that the timeline says waits in that queue. Applications stranded
 * by a purge of that queue are not counted (the purge time comes from the audit log).
 */
@ApplicationScoped
public class TimelineAges {

    public record Outbox(long backlog, Double oldestAgeSeconds) {
    }

    private final EntityManager em;

    public TimelineAges(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Outbox outbox() {
        Object[] row = (Object[]) em.createNativeQuery("select count(*), min(created_at) from {h-schema}outbox")
                .getSingleResult();
        return new Outbox(((Number) row[0]).longValue(), ageOf(row[1]).orElse(null));
    }

    /** Published and not yet picked up: RECEIVED, and no longer in the outbox. */
    @Transactional
    public Optional<Double> oldestInWorkQueue(String queue) {
        return ageOf(em.createNativeQuery("select min(a.updated_at) from {h-schema}application a "
                + "where a.status = 'RECEIVED' and a.updated_at > ?1 "
                + "and not exists (select 1 from {h-schema}outbox o where o.application_id = a.id)")
                .setParameter(1, lastPurge(queue))
                .getSingleResult());
    }

    /** FAILED or EXPIRED: the dead-letter consumer sets these exactly when the message lands there. */
    @Transactional
    public Optional<Double> oldestInDeadLetterQueue(String queue) {
        Instant since = lastPurge(queue);
        return ageOf(em.createNativeQuery("select least("
                + "(select min(updated_at) from {h-schema}application where status = 'FAILED' and updated_at > ?1), "
                + "(select min(updated_at) from {h-schema}application where status = 'EXPIRED' and updated_at > ?1))")
                .setParameter(1, since)
                .getSingleResult());
    }

    private Instant lastPurge(String queue) {
        Object at = em.createNativeQuery("select max(at) from {h-schema}admin_audit "
                + "where action = 'purge' and target = ?1 and outcome = 'done'")
                .setParameter(1, queue)
                .getSingleResult();
        return at == null ? Instant.EPOCH : toInstant(at);
    }

    private static Optional<Double> ageOf(Object timestamp) {
        if (timestamp == null) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(toInstant(timestamp), Instant.now()).toMillis() / 1000.0);
    }

    public static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalArgumentException("not a timestamp: " + value.getClass());
    }
}
