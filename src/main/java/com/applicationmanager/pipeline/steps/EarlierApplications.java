package com.applicationmanager.pipeline.steps;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Finds the first earlier application of the same candidate to the same posting of the same tenant within
 * a window before this one (index application_dedupe_idx); another tenant's applications never count, so
 * a result names no id the tenant could not see. "Earlier" is by submission time, then id, so of two applications
 * processed at the same moment only the later one is the duplicate. Applications that were withdrawn or
 * ended in the dead-letter queue do not count: applying again after those is not a duplicate.
 */
@ApplicationScoped
public class EarlierApplications {

    private final EntityManager em;

    public EarlierApplications(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Optional<UUID> firstWithin(UUID applicationId, String normalisedEmail, Duration window) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select e.id from {h-schema}application e "
                + "join {h-schema}application me on me.id = ?1 "
                + "where e.tenant = me.tenant and e.job_posting_id = me.job_posting_id and lower(e.email) = ?2 "
                + "and e.submitted_at >= me.submitted_at - ?3 * interval '1 millisecond' "
                + "and (e.submitted_at < me.submitted_at or (e.submitted_at = me.submitted_at and e.id < me.id)) "
                + "and e.status not in ('WITHDRAWN', 'FAILED', 'EXPIRED') "
                + "order by e.submitted_at, e.id limit 1", UUID.class)
                .setParameter(1, applicationId)
                .setParameter(2, normalisedEmail)
                .setParameter(3, window.toMillis())
                .getResultList();
        return ids.stream().findFirst();
    }
}
