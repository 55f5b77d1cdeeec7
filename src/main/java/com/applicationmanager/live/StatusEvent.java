package com.applicationmanager.live;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.applicationmanager.tracking.ApplicationStatus;
import com.applicationmanager.tracking.StatusChanged;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One timeline entry as it travels on the status exchange and reaches clients (WebSocket text frame, SSE
 * data): the same fields as the entries of {@code GET /api/v1/applications/{id}}, plus the application.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatusEvent(UUID applicationId, String tenant, ApplicationStatus status, Instant at, String step,
        int attempt, String reason, String errorType, String errorMessage) {

    static StatusEvent of(StatusChanged change) {
        return new StatusEvent(change.applicationId(), change.tenant(), change.status(), change.at(), change.step(),
                change.attempt(), change.reason(), change.errorType(), change.errorMessage());
    }

    /** Identifies the entry whether it came live or from the database, which keeps time to the microsecond. */
    String key() {
        return status + "|" + at.truncatedTo(ChronoUnit.MICROS) + "|" + attempt + "|" + step;
    }
}
