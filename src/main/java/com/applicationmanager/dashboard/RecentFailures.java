package com.applicationmanager.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.applicationmanager.monitoring.TimelineAges;

/** The latest retries and dead letters, read through status_change_status_time_idx. */
@ApplicationScoped
public class RecentFailures {

    private final EntityManager em;

    public RecentFailures(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public List<RecentFailure> latest(int limit, Duration within) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select sc.application_id, a.type, a.tenant, sc.status, sc.changed_at, sc.step, sc.reason,
                  sc.error_type, sc.error_message
                from {h-schema}status_change sc join {h-schema}application a on a.id = sc.application_id
                where sc.status in ('RETRYING', 'FAILED', 'EXPIRED') and sc.changed_at > ?1
                order by sc.changed_at desc limit ?2""")
                .setParameter(1, Instant.now().minus(within))
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(r -> new RecentFailure((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                TimelineAges.toInstant(r[4]), (String) r[5], (String) r[6], (String) r[7], (String) r[8])).toList();
    }
}
