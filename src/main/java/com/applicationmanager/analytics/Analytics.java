package com.applicationmanager.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Computes {@link AnalyticsReport}s in SQL from the timeline; nothing is sampled or counted in memory. */
@ApplicationScoped
public class Analytics {

    /** What the rows are grouped by. */
    public enum By { TYPE, TENANT, STEP }

    private final EntityManager em;

    public Analytics(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public AnalyticsReport report(By by, Instant from, Instant to) {
        List<AnalyticsRow> rows = by == By.STEP ? bySteps(from, to) : byApplication(by, from, to);
        return new AnalyticsReport(from, to, by.name().toLowerCase(), rows);
    }

    private List<AnalyticsRow> byApplication(By by, Instant from, Instant to) {
        String column = by == By.TYPE ? "type" : "tenant";
        List<AnalyticsRow> rows = new ArrayList<>();
        for (Object[] r : query(AnalyticsSql.BY_APPLICATION.formatted(column), from, to)) {
            long attempts = count(r[1]);
            long completed = count(r[2]);
            long retried = count(r[3]);
            long deadLettered = count(r[4]);
            rows.add(new AnalyticsRow((String) r[0], attempts, completed, retried, deadLettered,
                    AnalyticsRow.ratio(completed, completed + deadLettered), AnalyticsRow.ratio(retried, attempts),
                    AnalyticsRow.ratio(deadLettered, completed + deadLettered),
                    AnalyticsRow.Percentiles.of(r[5]), AnalyticsRow.Percentiles.of(r[6])));
        }
        return rows;
    }

    /** Per step an attempt is one run of the step: it completed, or failed into a retry or the dead-letter queue. */
    private List<AnalyticsRow> bySteps(Instant from, Instant to) {
        Map<String, Object[]> durations = new TreeMap<>();
        query(AnalyticsSql.STEP_DURATIONS, from, to).forEach(r -> durations.put((String) r[0], r));
        Map<String, Object[]> failures = new TreeMap<>();
        query(AnalyticsSql.STEP_FAILURES, from, to).forEach(r -> failures.put((String) r[0], r));
        Set<String> steps = new TreeSet<>(durations.keySet());
        steps.addAll(failures.keySet());
        List<AnalyticsRow> rows = new ArrayList<>();
        for (String step : steps) {
            Object[] d = durations.get(step);
            Object[] f = failures.get(step);
            long completed = d == null ? 0 : count(d[1]);
            long retried = f == null ? 0 : count(f[1]);
            long deadLettered = f == null ? 0 : count(f[2]);
            long attempts = completed + retried + deadLettered;
            rows.add(new AnalyticsRow(step, attempts, completed, retried, deadLettered,
                    AnalyticsRow.ratio(completed, attempts), AnalyticsRow.ratio(retried, attempts),
                    AnalyticsRow.ratio(deadLettered, attempts), d == null ? null : AnalyticsRow.Percentiles.of(d[2]),
                    null));
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> query(String sql, Instant from, Instant to) {
        return em.createNativeQuery(sql).setParameter(1, from).setParameter(2, to).getResultList();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
