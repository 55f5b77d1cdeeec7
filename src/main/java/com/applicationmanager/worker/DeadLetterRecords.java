package com.applicationmanager.worker;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.eclipse.microprofile.faulttolerance.Retry;

import com.applicationmanager.messaging.ApplicationMessage;
import com.applicationmanager.tracking.ApplicationStatus;
import com.applicationmanager.tracking.JobApplication;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.ExponentialBackoff;

/**
 * Writes a dead letter onto its application, once per message. Every submission and every reprocess sends a
 * message with a new {@code messageId}, kept across its retries; the application remembers the message whose dead
 * letter it took. Another event of that message (a duplicate dead letter, or one that arrives after an operator
 * sent the application back) belongs to an earlier attempt and changes nothing.
 */
@ApplicationScoped
public class DeadLetterRecords {

    private final EntityManager em;

    public DeadLetterRecords(EntityManager em) {
        this.em = em;
    }

    /**
     * A database error is retried here with growing pauses (the retry must start a new transaction, so it sits
     * outside the one below); past that it reaches the caller, which hands the event back to its queue.
     *
     * @return false when the event was stale or its application is unknown or already settled
     */
    @Retry(maxRetries = 3, delay = 500, jitter = 100)
    @ExponentialBackoff(maxDelay = 5000)
    public boolean record(ApplicationMessage letter, ApplicationStatus status, String reason, String errorType,
            String errorMessage) {
        return QuarkusTransaction.requiringNew().call(() -> apply(letter, status, reason, errorType, errorMessage));
    }

    private boolean apply(ApplicationMessage letter, ApplicationStatus status, String reason, String errorType,
            String errorMessage) {
        UUID id = letter.applicationId();
        int fresh = em.createNativeQuery("update {h-schema}application set dead_lettered_message = ?2 "
                + "where id = ?1 and dead_lettered_message is distinct from ?2")
                .setParameter(1, id)
                .setParameter(2, letter.messageId())
                .executeUpdate();
        if (fresh == 0) {
            return false; // no such application, or this message's dead letter is already recorded
        }
        JobApplication application = JobApplication.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (application.status == status || !application.status.canMoveTo(status)) {
            return false;
        }
        application.moveTo(status, null, reason, null).recordError(errorType, errorMessage);
        return true;
    }
}
