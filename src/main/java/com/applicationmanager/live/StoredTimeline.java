package com.applicationmanager.live;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.applicationmanager.tracking.JobApplication;
import com.applicationmanager.tracking.StatusChange;

/** The source of truth a stream starts from and catches up with: the timeline in the database. */
@ApplicationScoped
public class StoredTimeline {

    @Transactional
    public boolean exists(UUID applicationId) {
        return JobApplication.count("id", applicationId) > 0;
    }

    @Transactional
    public List<StatusEvent> of(UUID applicationId) {
        JobApplication application = JobApplication.findById(applicationId);
        if (application == null) {
            return List.of();
        }
        List<StatusChange> changes = StatusChange.list("application.id = ?1 order by id", applicationId);
        return changes.stream().map(c -> new StatusEvent(applicationId, application.tenant, c.status, c.changedAt,
                c.step, c.attempt, c.reason, c.errorType, c.errorMessage)).toList();
    }
}
