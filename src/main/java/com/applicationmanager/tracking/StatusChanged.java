package com.applicationmanager.tracking;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired for every entry appended to an application's timeline. Observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to act only on committed changes.
 */
public record StatusChanged(UUID applicationId, String tenant, ApplicationStatus status, Instant at, String step,
        int attempt, String reason, String errorType, String errorMessage) {
}
