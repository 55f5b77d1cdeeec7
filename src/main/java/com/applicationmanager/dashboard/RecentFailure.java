package com.applicationmanager.dashboard;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A retry or a dead letter from the timeline, newest first on the dashboard. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecentFailure(UUID applicationId, String type, String tenant, String status, Instant at, String step,
        String reason, String errorType, String errorMessage) {
}
