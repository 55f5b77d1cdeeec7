package com.applicationmanager.submission;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import com.applicationmanager.role.Role;
import com.applicationmanager.submission.SubmissionProblems.NotStorable;
import com.applicationmanager.submission.SubmissionProblems.SubmissionsUnavailable;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The group commit: accepted submissions queue here, and a few writers each take what has gathered (up to
 * {@code max-size}, waiting at most {@code linger} after the first) and write it in one transaction
 * ({@link SubmissionBatch}). Each caller learns its own outcome only after that commit. A batch the database
 * refuses because of one row is written again one submission at a time, so that row alone is refused; a batch
 * lost to the database itself answers 503 for all of it. The queue is bounded: when it is full, 503 at once.
 */
@ApplicationScoped
public class SubmissionWriter {

    private static final Logger LOG = Logger.getLogger(SubmissionWriter.class);

    private final SubmissionBatch batches;
    private final SubmissionConfig.Batch config;
    private final ManagedExecutor executor;
    private final MeterRegistry meters;
    private final DistributionSummary batchSizes;
    private final BlockingQueue<PendingSubmission> queue;
    private final boolean enabled;
    private final CountDownLatch stopped;
    private volatile boolean running = true;

    public SubmissionWriter(SubmissionBatch batches, SubmissionConfig config, ManagedExecutor executor,
            MeterRegistry meters, @ConfigProperty(name = "app.role") Role role) {
        this.batches = batches;
        this.config = config.batch();
        this.executor = executor;
        this.meters = meters;
        this.batchSizes = DistributionSummary.builder("applications.submission.batch.size")
                .description("Submissions written per group-commit transaction").register(meters);
        this.queue = new ArrayBlockingQueue<>(this.config.maxQueued());
        this.enabled = role.servesApi();
        this.stopped = new CountDownLatch(enabled ? this.config.writers() : 0);
    }

    void start(@Observes StartupEvent event) {
        for (int i = 0; i < config.writers() && enabled; i++) {
            executor.execute(this::writeUntilStopped);
        }
    }

    /** Queues the submission; its answer completes once its batch has committed (or failed). */
    PendingSubmission submit(PendingSubmission submission) {
        if (!running || !enabled) {
            throw new SubmissionsUnavailable("This process is shutting down");
        }
        if (!queue.offer(submission)) {
            meters.counter("applications.submitted", "outcome", "overloaded").increment();
            throw new SubmissionsUnavailable("Too many submissions are waiting to be stored");
        }
        return submission;
    }

    private void writeUntilStopped() {
        List<PendingSubmission> batch = new ArrayList<>(config.maxSize());
        try {
            while (running || !queue.isEmpty()) {
                PendingSubmission first = queue.poll(50, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    gather(batch);
                    write(batch);
                    batch.clear();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            batch.forEach(submission -> submission.answer().completeExceptionally(
                    new SubmissionsUnavailable("This process is shutting down")));
        } finally {
            stopped.countDown();
        }
    }

    private void gather(List<PendingSubmission> batch) throws InterruptedException {
        long deadline = System.nanoTime() + config.linger().toNanos();
        while (batch.size() < config.maxSize()) {
            queue.drainTo(batch, config.maxSize() - batch.size());
            long left = deadline - System.nanoTime();
            if (batch.size() >= config.maxSize() || left <= 0) {
                return;
            }
            PendingSubmission next = queue.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                return;
            }
            batch.add(next);
        }
    }

    /** One transaction for the batch; package-private so that tests can choose a batch's exact contents. */
    void write(List<PendingSubmission> batch) {
        List<BatchOutcome> outcomes;
        try {
            outcomes = QuarkusTransaction.requiringNew().call(() -> batches.store(batch));
        } catch (RuntimeException e) {
            if (batch.size() > 1 && blamesARow(e)) {
                LOG.debugf("A batch of %d submissions was refused (%s); writing them one by one", batch.size(), e.getMessage());
                batch.forEach(submission -> write(List.of(submission)));
            } else {
                fail(batch, e);
            }
            return;
        }
        batchSizes.record(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            PendingSubmission submission = batch.get(i);
            BatchOutcome outcome = outcomes.get(i);
            if (outcome.again()) {
                retry(submission);
            } else {
                meters.counter("applications.submitted", "outcome", outcome.kind()).increment();
                if (outcome.refusal() != null) {
                    submission.answer().completeExceptionally(outcome.refusal());
                } else {
                    submission.answer().complete(outcome.submission());
                }
            }
        }
    }

    private void retry(PendingSubmission submission) {
        if (!queue.offer(submission)) {
            submission.answer().completeExceptionally(new SubmissionsUnavailable("Too many submissions are waiting to be stored"));
        }
    }

    private void fail(List<PendingSubmission> batch, RuntimeException e) {
        RuntimeException refusal;
        if (batch.size() == 1 && blamesARow(e)) {
            refusal = sqlStateOf(e) == null ? e : new NotStorable();
            LOG.warnf("A submission could not be stored: %s", e.getMessage());
        } else {
            refusal = new SubmissionsUnavailable("The database did not store the submissions");
            LOG.warnf("A batch of %d submissions could not be stored: %s", batch.size(), e.getMessage());
        }
        meters.counter("applications.submitted", "outcome", "failed").increment(batch.size());
        batch.forEach(submission -> submission.answer().completeExceptionally(refusal));
    }

    /**
     * A data or constraint error (SQLSTATE classes 22 and 23), or an error that is not the database's at all:
     * one row may be to blame (a bug in one row's code answers 500 for that row alone). Anything else (connection lost, database restarting, no connection free) is not.
     */
    private static boolean blamesARow(Throwable e) {
        String state = sqlStateOf(e);
        if (state != null) {
            return state.startsWith("22") || state.startsWith("23");
        }
        // a commit that failed without saying why is the database's (a connection lost at commit), not a row's
        return !causedBySqlException(e) && !(e instanceof QuarkusTransactionException);
    }

    private static String sqlStateOf(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static boolean causedBySqlException(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    /** Stops taking submissions and writes those already queued before the database goes away. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (!stopped.await(config.answerTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warnf("%d submissions were still waiting to be stored at shutdown; their requests get no 202", queue.size());
        }
    }
}
