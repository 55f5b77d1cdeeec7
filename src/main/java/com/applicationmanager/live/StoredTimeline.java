package com.applicationmanager.live;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.applicationmanager.tracking.JobApplication;
import com.applicationmanager.tracking.StatusChange;

/** The source of truth a stream starts from and catches up with: the timeline in the database. */
@ApplicationScoped
public class StoredTimeline {

    /** The tenant that owns the application, or empty when there is no such application. */
    @Transactional
    public Optional<String> tenantOf(UUID applicationId) {
        return JobApplication.getEntityManager()
                .createQuery("select a.tenant from JobApplication a where a.id = ?1", String.class)
                .setParameter(1, applicationId).getResultStream().findFirst();
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
