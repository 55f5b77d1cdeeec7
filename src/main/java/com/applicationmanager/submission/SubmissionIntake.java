package com.applicationmanager.submission;

import java.security.MessageDigest;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import com.applicationmanager.client.ClientPrincipal;
import com.applicationmanager.outbox.Outbox;
import com.applicationmanager.pipeline.JobTypes;
import com.applicationmanager.posting.PostingProblems.PostingNotOpen;
import com.applicationmanager.submission.SubmissionProblems.SubmissionsUnavailable;
import com.applicationmanager.tracking.JobApplication;

/**
 * The request's side of the group commit: what can be decided without the batch is decided here, on the request's
 * thread (the body, the key and the rate limit are checked before this; the job type and the posting here), then the submission
 * joins a batch of {@link SubmissionWriter} and the request waits for that batch's commit.
 */
@ApplicationScoped
public class SubmissionIntake {

    private final SubmissionWriter writer;
    private final OpenPostings openPostings;
    private final JobTypes jobTypes;
    private final IdempotencyKeys idempotencyKeys;
    private final RequestFingerprint fingerprint;
    private final Outbox outbox;
    private final long answerTimeoutMillis;

    public SubmissionIntake(SubmissionWriter writer, OpenPostings openPostings, JobTypes jobTypes,
            IdempotencyKeys idempotencyKeys, RequestFingerprint fingerprint, Outbox outbox, SubmissionConfig config) {
        this.writer = writer;
        this.openPostings = openPostings;
        this.jobTypes = jobTypes;
        this.idempotencyKeys = idempotencyKeys;
        this.fingerprint = fingerprint;
        this.outbox = outbox;
        this.answerTimeoutMillis = config.batch().answerTimeout().toMillis();
    }

    /**
     * Queues a submission for the next batch.
     *
     * @param idempotencyKey the client's Idempotency-Key, or null
     * @return its answer, complete once its batch has committed
     * @throws RuntimeException a refusal decided before the batch (posting not open, writers full)
     */
    public CompletableFuture<Submission> enqueue(ApplicationRequest request, ClientPrincipal client, String idempotencyKey) {
        byte[] requestHash = idempotencyKey == null ? null : fingerprint.of(request);
        try {
            jobTypes.refusal(request.type()).ifPresent(why -> {
                throw new UnknownJobType(request.type(), why);
            });
            openPostings.requireOpen(client, request.jobPostingId());
        } catch (PostingNotOpen | UnknownJobType refused) {
            // a retry of a request accepted while its posting was open and its type run still gets its original answer
            return CompletableFuture.completedFuture(replayOf(client, idempotencyKey, requestHash).orElseThrow(() -> refused));
        }
        NewApplication application = NewApplication.of(request, client);
        return writer.submit(new PendingSubmission(application, outbox.prepare(application.message()), idempotencyKey,
                requestHash)).answer();
    }

    /** Waits for a submission's answer: its own outcome once its batch has committed, or 503 after the timeout. */
    public Submission await(CompletableFuture<Submission> answer) {
        try {
            return answer.get(answerTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException refusal ? refusal : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new SubmissionsUnavailable("The database did not store the submission in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SubmissionsUnavailable("The request was interrupted");
        }
    }

    private Optional<Submission> replayOf(ClientPrincipal client, String idempotencyKey, byte[] requestHash) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return idempotencyKeys.find(client.id(), idempotencyKey).map(earlier -> {
            if (!MessageDigest.isEqual(earlier.requestHash(), requestHash)) {
                throw new IdempotencyKeyReused();
            }
            JobApplication original = JobApplication.findById(earlier.applicationId());
            return new Submission(original.id, original.status, true);
        });
    }
}
