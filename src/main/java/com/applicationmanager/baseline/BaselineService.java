package com.applicationmanager.baseline;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.applicationmanager.client.ClientPrincipal;
import com.applicationmanager.messaging.ApplicationMessage;
import com.applicationmanager.outbox.Outbox;
import com.applicationmanager.submission.ApplicationRequest;
import com.applicationmanager.submission.Submission;
import com.applicationmanager.submission.SubmissionService;
import com.applicationmanager.tracking.ApplicationStatus;
import com.applicationmanager.worker.ApplicationProcessor;

/**
 * Stores an application exactly as the asynchronous submission does, then runs the worker's own processing
 * on the calling thread. The outbox row the submission writes is taken back out in the same transaction, so
 * no message reaches the broker and no worker ever sees the application: the request does all the work.
 * Called on the baseline's own threads ({@link BaselineThreads}).
 */
@ApplicationScoped
public class BaselineService {

    private final SubmissionService submissions;
    private final ApplicationProcessor processor;
    private final Outbox outbox;

    public BaselineService(SubmissionService submissions, ApplicationProcessor processor, Outbox outbox) {
        this.submissions = submissions;
        this.processor = processor;
        this.outbox = outbox;
    }

    /**
     * The submission's own transaction, plus the removal of its outbox row.
     *
     * @return what was stored, with the message a worker would have received (none for a replayed key)
     */
    @Transactional
    public Stored store(ApplicationRequest request, ClientPrincipal client, String idempotencyKey) {
        Submission submission = submissions.submit(request, client, idempotencyKey);
        if (submission.replayed()) {
            return new Stored(submission, Optional.empty());
        }
        return new Stored(submission, outbox.takeBack(submission.id()));
    }

    /** Runs every step of the application's job type, as a worker would; a failure marks it FAILED. */
    public ApplicationStatus process(ApplicationMessage message) {
        // a batch of one: the worker's claim, run and commit
        ApplicationProcessor.Result result = processor.process(List.of(message), Set.of()).results().get(0);
        return switch (result.outcome()) {
            // UNSENT: completed; its message stays stored for the next delivery, and the baseline makes none
            case COMPLETED, ALREADY_DONE, UNSENT -> ApplicationStatus.COMPLETED;
            case WITHDRAWN -> ApplicationStatus.WITHDRAWN;
            case HELD_ELSEWHERE -> throw failed(message, new IllegalStateException("another delivery holds it"));
            case FAILED -> throw failed(message, result.cause());
        };
    }

    private BaselineProcessingFailed failed(ApplicationMessage message, Throwable cause) {
        processor.markFailed(message.applicationId(), "failed inside the request (synchronous baseline)", cause);
        return new BaselineProcessingFailed(message.applicationId(), cause);
    }

    public record Stored(Submission submission, Optional<ApplicationMessage> message) {
    }
}
