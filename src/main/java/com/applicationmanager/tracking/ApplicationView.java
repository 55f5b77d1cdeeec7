package com.applicationmanager.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What a client sees of an application: where it stands and how it got there. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationView(
        UUID id,
        ApplicationStatus status,
        String type,
        String tenant,
        String jobPostingId,
        int attempts,
        Instant submittedAt,
        Instant updatedAt,
        Map<String, Object> result,
        List<TimelineEntry> timeline) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TimelineEntry(ApplicationStatus status, Instant at, String step, int attempt, String reason,
            String errorType, String errorMessage) {
    }

    static ApplicationView of(JobApplication a, List<StatusChange> changes) {
        return new ApplicationView(a.id, a.status, a.type, a.tenant, a.jobPostingId, a.attempts, a.submittedAt,
                a.updatedAt, a.result, changes.stream()
                        .map(c -> new TimelineEntry(c.status, c.changedAt, c.step, c.attempt, c.reason, c.errorType,
                                c.errorMessage))
                        .toList());
    }
}
