package com.applicationmanager.tracking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One page of the application listing; {@code nextCursor} is absent on the last page. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationPage(List<Summary> items, String nextCursor) {

    public record Summary(UUID id, ApplicationStatus status, String type, String tenant, String jobPostingId,
            int attempts, Instant submittedAt, Instant updatedAt) {

        static Summary of(JobApplication a) {
            return new Summary(a.id, a.status, a.type, a.tenant, a.jobPostingId, a.attempts, a.submittedAt, a.updatedAt);
        }
    }
}
