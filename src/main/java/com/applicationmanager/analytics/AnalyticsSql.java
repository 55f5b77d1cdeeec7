package com.applicationmanager.analytics;

import java.sql.Array;
import java.sql.SQLException;

/**
 * The analytics queries. They read the timeline through status_change_status_time_idx and
 * step_result_completed_idx (V22), and find each completion's start through status_change_application_idx.
 */
final class AnalyticsSql {

    /** Outcomes and durations by a column of application; %s is "type" or "tenant", never user input. */
    static final String BY_APPLICATION = """
            select a.%s,
              count(*) filter (where sc.status = 'PROCESSING'),
              count(*) filter (where sc.status = 'COMPLETED'),
              count(*) filter (where sc.status = 'RETRYING'),
              count(*) filter (where sc.status in ('FAILED', 'EXPIRED')),
              percentile_cont(array[0.5, 0.95, 0.99]) within group (order by extract(epoch from sc.changed_at - started.at) * 1000)
                filter (where sc.status = 'COMPLETED'),
              percentile_cont(array[0.5, 0.95, 0.99]) within group (order by extract(epoch from sc.changed_at - a.submitted_at) * 1000)
                filter (where sc.status = 'COMPLETED')
            from {h-schema}status_change sc
            join {h-schema}application a on a.id = sc.application_id
            left join lateral (
              select p.changed_at as at from {h-schema}status_change p
              where sc.status = 'COMPLETED' and p.application_id = sc.application_id and p.id < sc.id
                and p.status = 'PROCESSING'
              order by p.id desc limit 1) started on true
            where sc.status in ('PROCESSING', 'RETRYING', 'COMPLETED', 'FAILED', 'EXPIRED')
              and sc.changed_at >= ?1 and sc.changed_at < ?2
            group by 1 order by 1""";

    /** Completed steps and their durations: from the attempt's start or the previous step, whichever is later. */
    static final String STEP_DURATIONS = """
            select sr.step, count(*),
              percentile_cont(array[0.5, 0.95, 0.99]) within group (order by extract(epoch from sr.completed_at - greatest(
                (select max(p.changed_at) from {h-schema}status_change p
                 where p.application_id = sr.application_id and p.status = 'PROCESSING' and p.changed_at <= sr.completed_at),
                (select max(o.completed_at) from {h-schema}step_result o
                 where o.application_id = sr.application_id and o.completed_at < sr.completed_at))) * 1000)
            from {h-schema}step_result sr
            where sr.completed_at >= ?1 and sr.completed_at < ?2
            group by 1 order by 1""";

    /** Failures the timeline attributes to a step. */
    static final String STEP_FAILURES = """
            select sc.step,
              count(*) filter (where sc.status = 'RETRYING'),
              count(*) filter (where sc.status in ('FAILED', 'EXPIRED'))
            from {h-schema}status_change sc
            where sc.status in ('RETRYING', 'FAILED', 'EXPIRED') and sc.step is not null
              and sc.changed_at >= ?1 and sc.changed_at < ?2
            group by 1""";

    private AnalyticsSql() {
    }

    static double[] doubles(Object sqlArray) {
        try {
            Object values = sqlArray instanceof Array array ? array.getArray() : sqlArray;
            if (values instanceof Double[] boxed) {
                double[] result = new double[boxed.length];
                for (int i = 0; i < boxed.length; i++) {
                    result[i] = boxed[i];
                }
                return result;
            }
            return (double[]) values;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read a percentile array", e);
        }
    }
}
