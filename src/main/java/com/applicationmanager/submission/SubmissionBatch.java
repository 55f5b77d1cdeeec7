package com.applicationmanager.submission;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.applicationmanager.outbox.Outbox;
import com.applicationmanager.outbox.PendingMessage;
import com.applicationmanager.tracking.ApplicationStatus;

/**
 * What one group-commit transaction writes: the batch's Idempotency-Keys with one insert, then every new
 * application with its RECEIVED entry (JDBC-batched inserts) and all their outbox rows with one insert. A key
 * taken earlier answers its replay or its conflict here and writes nothing; a key repeated within the batch waits
 * for the next one, where it meets the first's row like any retry.
 */
@ApplicationScoped
class SubmissionBatch {

    private final IdempotencyKeys keys;
    private final Outbox outbox;
    private final EntityManager em;

    SubmissionBatch(IdempotencyKeys keys, Outbox outbox, EntityManager em) {
        this.keys = keys;
        this.outbox = outbox;
        this.em = em;
    }

    /** @return each submission's outcome, in order; valid only once the caller's transaction commits */
    @Transactional(Transactional.TxType.MANDATORY)
    List<BatchOutcome> store(List<PendingSubmission> batch) {
        BatchOutcome[] outcomes = new BatchOutcome[batch.size()];
        Map<Integer, UUID> replays = claimKeys(batch, outcomes);
        Map<UUID, ApplicationStatus> statuses = statusesOf(replays.values());
        replays.forEach((index, applicationId) -> {
            ApplicationStatus status = statuses.get(applicationId);
            outcomes[index] = status == null ? BatchOutcome.AGAIN : BatchOutcome.of(new Submission(applicationId, status, true));
        });
        List<PendingMessage> messages = new ArrayList<>(batch.size());
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] == null) {
                PendingSubmission submission = batch.get(i);
                submission.application().persistReceived();
                messages.add(submission.message());
                outcomes[i] = BatchOutcome.of(new Submission(submission.application().id(), ApplicationStatus.RECEIVED, false));
            }
        }
        outbox.enqueueAll(messages);
        return List.of(outcomes);
    }

    /** Claims the keys; fills in the outcome of those that store nothing, answers the replays' applications. */
    private Map<Integer, UUID> claimKeys(List<PendingSubmission> batch, BatchOutcome[] outcomes) {
        List<Integer> keyed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            PendingSubmission submission = batch.get(i);
            if (submission.idempotencyKey() != null) {
                if (seen.add(submission.keyOwner())) {
                    keyed.add(i);
                } else {
                    outcomes[i] = BatchOutcome.AGAIN;
                }
            }
        }
        Map<Integer, UUID> replays = new HashMap<>();
        if (keyed.isEmpty()) {
            return replays;
        }
        keyed.sort(Comparator.comparing(i -> batch.get(i).keyOwner()));
        List<IdempotencyKeys.Wanted> wanted = keyed.stream().map(batch::get).map(submission -> new IdempotencyKeys.Wanted(
                submission.application().client().id(), submission.idempotencyKey(), submission.requestHash(),
                submission.application().id())).toList();
        List<IdempotencyKeys.Found> found = keys.claimAll(wanted);
        for (int j = 0; j < keyed.size(); j++) {
            int index = keyed.get(j);
            IdempotencyKeys.Found claim = found.get(j);
            if (claim == null) {
                outcomes[index] = BatchOutcome.AGAIN; // the earlier claim was purged meanwhile
            } else if (claim.earlier() != null) {
                if (MessageDigest.isEqual(claim.earlier().requestHash(), batch.get(index).requestHash())) {
                    replays.put(index, claim.earlier().applicationId());
                } else {
                    outcomes[index] = BatchOutcome.refused(new IdempotencyKeyReused());
                }
            } // else claimed now: a new application
        }
        return replays;
    }

    private Map<UUID, ApplicationStatus> statusesOf(Collection<UUID> ids) {
        Map<UUID, ApplicationStatus> statuses = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select a.id, a.status from JobApplication a where a.id in :ids", Object[].class)
                    .setParameter("ids", Set.copyOf(ids)).getResultStream()
                    .forEach(row -> statuses.put((UUID) row[0], (ApplicationStatus) row[1]));
        }
        return statuses;
    }
}
