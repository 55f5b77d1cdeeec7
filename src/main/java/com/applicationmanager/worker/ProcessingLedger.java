package com.applicationmanager.worker;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

import com.applicationmanager.pipeline.ApplicationSnapshot;
import com.applicationmanager.pipeline.PermanentFailure;
import com.applicationmanager.tracking.ApplicationStatus;
import com.applicationmanager.tracking.IllegalTransitionException;
import com.applicationmanager.tracking.JobApplication;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The worker's writes, one short transaction each, so that no transaction spans a step's run.
 * Every method is safe to repeat: a redelivered application finds its own earlier progress here.
 * The circuit breaker (one per method, inside the transaction) turns a database outage into fast
 * {@code CircuitBreakerOpenException}s, which the consumer answers by waiting in a retry queue without
 * spending an attempt.
 */
@ApplicationScoped
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 3000,
        skipOn = { PermanentFailure.class, IllegalTransitionException.class })
public class ProcessingLedger {

    private final EntityManager em;
    private final ObjectMapper json;

    public ProcessingLedger(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** Marks an attempt as started; empty when the application needs no more work. */
    @Transactional
    public Optional<ApplicationSnapshot> begin(UUID id, int attempt) {
        JobApplication application = JobApplication.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (application == null) {
            throw new PermanentFailure("No application " + id + " is stored");
        }
        if (application.status.isFinal()) {
            return Optional.empty();
        }
        application.attempts = attempt;
        application.moveTo(ApplicationStatus.PROCESSING, null, "attempt " + attempt, null);
        return Optional.of(snapshotOf(application, stepOutputs(id)));
    }

    /**
     * Records step outputs (a second record of the same step is ignored) and reads, in the same transaction,
     * whether the application was withdrawn meanwhile: the check at the boundary before the next step.
     *
     * @return false when the application was withdrawn and no further step may run
     */
    @Transactional
    public boolean recordSteps(UUID id, List<StepOutput> steps) {
        insertSteps(id, steps);
        return !isWithdrawn(id);
    }

    /** Checked before a step with side effects, so a withdrawn application never reaches it. */
    @Transactional
    public boolean isWithdrawn(UUID id) {
        return ApplicationStatus.WITHDRAWN.name().equals(em.createNativeQuery(
                "select status from {h-schema}application where id = ?1").setParameter(1, id).getSingleResult());
    }

    /**
     * Records the outputs not yet stored and completes the application in one transaction; the result is the
     * union of every step's output.
     *
     * @return false when the application was already final (completed by another delivery, or withdrawn)
     */
    @Transactional
    public boolean complete(UUID id, List<StepOutput> unrecorded, Collection<Map<String, Object>> outputs) {
        JobApplication application = JobApplication.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (application.status.isFinal()) {
            return false;
        }
        insertSteps(id, unrecorded);
        Map<String, Object> result = new LinkedHashMap<>();
        outputs.forEach(result::putAll);
        application.result = result;
        application.moveTo(ApplicationStatus.COMPLETED, null, "all steps done", null);
        return true;
    }

    private void insertSteps(UUID id, List<StepOutput> steps) {
        Instant now = Instant.now();
        for (StepOutput step : steps) {
            em.createNativeQuery("insert into {h-schema}step_result (application_id, step, output, completed_at) "
                    + "values (?1, ?2, cast(?3 as jsonb), ?4) on conflict do nothing")
                    .setParameter(1, id)
                    .setParameter(2, step.step())
                    .setParameter(3, write(step.output()))
                    .setParameter(4, now)
                    .executeUpdate();
        }
    }

    /** What one step produced. */
    public record StepOutput(String step, Map<String, Object> output) {
    }

    @Transactional
    public void retrying(UUID id, String step, int failedAttempt, Throwable error, String next) {
        JobApplication application = JobApplication.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (application != null && application.status.canMoveTo(ApplicationStatus.RETRYING)) {
            application.moveTo(ApplicationStatus.RETRYING, step, "attempt " + failedAttempt + " failed; " + next, error);
        }
    }

    /** Records that the application's message now waits in the dead-letter queue. */
    @Transactional
    public void deadLettered(UUID id, ApplicationStatus status, String reason, String errorType, String errorMessage) {
        JobApplication application = JobApplication.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (application == null || application.status == status || !application.status.canMoveTo(status)) {
            return;
        }
        application.moveTo(status, null, reason, null).recordError(errorType, errorMessage);
    }

    private Map<String, Map<String, Object>> stepOutputs(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select step, cast(output as text) from {h-schema}step_result where application_id = ?1 order by completed_at")
                .setParameter(1, id)
                .getResultList();
        Map<String, Map<String, Object>> outputs = new LinkedHashMap<>();
        for (Object[] row : rows) {
            outputs.put((String) row[0], read((String) row[1]));
        }
        return outputs;
    }

    private static ApplicationSnapshot snapshotOf(JobApplication a, Map<String, Map<String, Object>> stepOutputs) {
        return new ApplicationSnapshot(a.id, a.type, a.tenant, a.candidateName, a.email, a.phone, a.jobPostingId,
                a.resumeText, a.resumeUrl, a.coverLetter, a.screeningAnswers, a.attempts, Map.copyOf(stepOutputs));
    }

    private String write(Map<String, Object> output) {
        try {
            return json.writeValueAsString(output);
        } catch (Exception e) {
            throw new IllegalArgumentException("step output is not JSON", e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String text) {
        try {
            return json.readValue(text, Map.class);
        } catch (Exception e) {
            throw new IllegalStateException("stored step output is not JSON", e);
        }
    }
}
