package com.applicationmanager.submission;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.applicationmanager.client.ClientPrincipal;
import com.applicationmanager.messaging.ApplicationMessage;
import com.applicationmanager.outbox.Outbox;
import com.applicationmanager.pipeline.JobTypes;
import com.applicationmanager.posting.JobPostings;
import com.applicationmanager.tracking.ApplicationStatus;
import com.applicationmanager.tracking.Ids;
import com.applicationmanager.tracking.JobApplication;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Stores an application and its outbox row in one transaction: once this returns, the application cannot be
 * lost. With an Idempotency-Key, the key is claimed first in that same transaction (see {@link IdempotencyKeys}).
 */
@ApplicationScoped
public class SubmissionService {

    private final Outbox outbox;
    private final IdempotencyKeys idempotencyKeys;
    private final RequestFingerprint fingerprint;
    private final MeterRegistry meters;
    private final JobPostings postings;
    private final JobTypes jobTypes;

    public SubmissionService(Outbox outbox, IdempotencyKeys idempotencyKeys, RequestFingerprint fingerprint,
            MeterRegistry meters, JobPostings postings, JobTypes jobTypes) {
        this.postings = postings;
        this.jobTypes = jobTypes;
        this.outbox = outbox;
        this.idempotencyKeys = idempotencyKeys;
        this.fingerprint = fingerprint;
        this.meters = meters;
    }

    /** @param idempotencyKey the client's Idempotency-Key, or null */
    @Transactional
    public Submission submit(ApplicationRequest request, ClientPrincipal client, String idempotencyKey) {
        UUID id = Ids.newId();
        if (idempotencyKey != null) {
            byte[] requestHash = fingerprint.of(request);
            Optional<IdempotencyKeys.Claim> earlier = idempotencyKeys.claim(client.id(), idempotencyKey, requestHash, id);
            if (earlier.isPresent()) {
                return replay(earlier.get(), requestHash);
            }
        }
        // after the replay check: a retried request still gets its original 202 if its type or posting went since
        jobTypes.refusal(request.type()).ifPresent(why -> {
            throw new UnknownJobType(request.type(), why);
        });
        postings.requireOpen(client.tenant(), request.jobPostingId());
        JobApplication application = toEntity(request, client, id);
        application.moveTo(ApplicationStatus.RECEIVED, null, "submitted", null);
        outbox.enqueue(toMessage(application));
        meters.counter("applications.submitted", "outcome", "accepted").increment();
        return new Submission(application.id, application.status, false);
    }

    private Submission replay(IdempotencyKeys.Claim earlier, byte[] requestHash) {
        if (!MessageDigest.isEqual(earlier.requestHash(), requestHash)) {
            meters.counter("applications.submitted", "outcome", "idempotency-conflict").increment();
            throw new IdempotencyKeyReused();
        }
        JobApplication original = JobApplication.findById(earlier.applicationId());
        meters.counter("applications.submitted", "outcome", "replayed").increment();
        return new Submission(original.id, original.status, true);
    }

    private static JobApplication toEntity(ApplicationRequest request, ClientPrincipal client, UUID id) {
        JobApplication application = new JobApplication();
        application.id = id;
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
        application.tenant = client.tenant();
        application.tier = client.tier();
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
