package com.applicationmanager.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One group (a job type, a tenant or a step) over the window. Rates are fractions (0.25 = 25%), absent when
 * nothing counted towards them; durations are milliseconds.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnalyticsRow(String key, long attempts, long completed, long retried, long deadLettered,
        Double successRate, Double retryRate, Double deadLetterRate, Percentiles processingMs,
        Percentiles endToEndMs) {

    /** p50, p95 and p99, interpolated (PostgreSQL percentile_cont). */
    public record Percentiles(double p50, double p95, double p99) {

        static Percentiles of(Object sqlArray) {
            if (sqlArray == null) {
                return null;
            }
            double[] values = AnalyticsSql.doubles(sqlArray);
            return new Percentiles(values[0], values[1], values[2]);
        }
    }

    static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
