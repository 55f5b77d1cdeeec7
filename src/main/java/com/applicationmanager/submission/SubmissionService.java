package com.applicationmanager.submission;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.applicationmanager.messaging.ApplicationMessage;
import com.applicationmanager.outbox.Outbox;
import com.applicationmanager.tracking.ApplicationStatus;
import com.applicationmanager.tracking.Ids;
import com.applicationmanager.tracking.JobApplication;

import io.micrometer.core.instrument.MeterRegistry;

/** Stores an application and its outbox row in one transaction: once this returns, the application cannot be lost. */
@ApplicationScoped
public class SubmissionService {

    private final Outbox outbox;
    private final SubmissionConfig config;
    private final MeterRegistry meters;

    public SubmissionService(Outbox outbox, SubmissionConfig config, MeterRegistry meters) {
        this.outbox = outbox;
        this.config = config;
        this.meters = meters;
    }

    @Transactional
    public JobApplication submit(ApplicationRequest request) {
        JobApplication application = toEntity(request);
        application.moveTo(ApplicationStatus.RECEIVED, null, "submitted", null);
        outbox.enqueue(toMessage(application));
        meters.counter("applications.submitted", "outcome", "accepted").increment();
        return application;
    }

    private JobApplication toEntity(ApplicationRequest request) {
        JobApplication application = new JobApplication();
        application.id = Ids.newId();
        application.candidateName = request.candidateName().strip();
        application.email = request.email().strip();
        application.phone = request.phone();
        application.jobPostingId = request.jobPostingId();
        application.resumeText = request.resumeText();
        application.resumeUrl = request.resumeUrl();
        application.coverLetter = request.coverLetter();
        application.screeningAnswers = request.screeningAnswers();
        application.source = request.source();
        application.type = request.type();
        application.tenant = config.defaultTenant();
        application.tier = config.defaultTier();
        application.correlationId = UUID.randomUUID().toString();
        application.submittedAt = Instant.now();
        return application;
    }

    private static ApplicationMessage toMessage(JobApplication application) {
        return new ApplicationMessage(ApplicationMessage.CURRENT_VERSION, UUID.randomUUID(), application.id,
                application.type, application.tenant, application.tier, 0, application.submittedAt, 1,
                application.correlationId, Map.of("jobPostingId", application.jobPostingId));
    }
}
