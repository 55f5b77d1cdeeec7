package com.applicationmanager.submission;

import java.security.MessageDigest;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.applicationmanager.client.ClientPrincipal;
import com.applicationmanager.outbox.Outbox;
import com.applicationmanager.pipeline.JobTypes;
import com.applicationmanager.posting.JobPostings;
import com.applicationmanager.tracking.JobApplication;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Stores one application and its outbox row in a transaction of its own, the caller's: the synchronous baseline
 * uses it to take the outbox row back in that transaction. The API's path is {@link SubmissionWriter}, which
 * writes many submissions in one transaction. With an Idempotency-Key, the key is claimed first (see
 * {@link IdempotencyKeys}).
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
        NewApplication application = NewApplication.of(request, client);
        if (idempotencyKey != null) {
            byte[] requestHash = fingerprint.of(request);
            Optional<IdempotencyKeys.Claim> earlier = idempotencyKeys.claim(client.id(), idempotencyKey, requestHash,
                    application.id());
            if (earlier.isPresent()) {
                return replay(earlier.get(), requestHash);
            }
        }
        // after the replay check: a retried request still gets its original 202 if its type or posting went since
        jobTypes.refusal(request.type()).ifPresent(why -> {
            throw new UnknownJobType(request.type(), why);
        });
        postings.requireOpen(client.tenant(), request.jobPostingId());
        JobApplication stored = application.persistReceived();
        outbox.enqueue(application.message());
        meters.counter("applications.submitted", "outcome", "accepted").increment();
        return new Submission(stored.id, stored.status, false);
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
}
