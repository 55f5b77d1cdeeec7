package com.applicationmanager.admin;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.applicationmanager.messaging.ApplicationMessage;
import com.applicationmanager.outbox.Outbox;
import com.applicationmanager.tracking.ApplicationStatus;
import com.applicationmanager.tracking.JobApplication;

/**
 * Sends one dead-lettered application back for processing: in one transaction its status returns to RECEIVED
 * (attempts reset, the operator named on the timeline) and a fresh message goes to the outbox, which the relay
 * publishes to the main exchange with confirms. The caller removes the dead letter only after this commits.
 */
@ApplicationScoped
public class Resend {

    private final Outbox outbox;

    public Resend(Outbox outbox) {
        this.outbox = outbox;
    }

    /** @return why the application was not sent back, or empty when it was */
    @Transactional
    public Optional<String> resend(ApplicationMessage dead, String actor) {
        UUID id = dead.applicationId();
        JobApplication application = JobApplication.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (application == null) {
            return Optional.of("no application " + id + " is stored");
        }
        if (application.status != ApplicationStatus.FAILED && application.status != ApplicationStatus.EXPIRED) {
            // FAILED/EXPIRED are recorded by the dead-letter consumer; until then the worker may still own it
            return Optional.of("application is " + application.status + ", not FAILED or EXPIRED");
        }
        application.attempts = 0;
        application.moveTo(ApplicationStatus.RECEIVED, null, "reprocessed from the dead-letter queue by " + actor, null);
        outbox.enqueue(new ApplicationMessage(ApplicationMessage.CURRENT_VERSION, UUID.randomUUID(), id,
                application.type, application.tenant, application.tier, dead.priority(), application.submittedAt, 1,
                application.correlationId, dead.payload()));
        return Optional.empty();
    }
}
