package com.applicationmanager.bench;

import java.util.Locale;

import org.HdrHistogram.Histogram;

/** One step's figures; latencies in microseconds in the histogram, printed in milliseconds. */
record StepResult(int rate, long seconds, long sent, long ok, long okInTime, long tooMany, long clientErrors,
        long serverErrors, long failures, long unfinished, Histogram latency, OutboxSampler.Lag outbox, double clientCpuSeconds) {

    double p50Ms() {
        return latency.getValueAtPercentile(50) / 1000.0;
    }

    double p99Ms() {
        return latency.getValueAtPercentile(99) / 1000.0;
    }

    double achieved() {
        return okInTime / (double) seconds;
    }

    boolean saturated() {
        long errors = tooMany + serverErrors + failures + unfinished;
        return p99Ms() > 1000 || achieved() < 0.9 * rate || errors > 0.01 * Math.max(1, sent);
    }

    String line() {
        return String.format(Locale.ROOT,
                "rate=%d seconds=%d sent=%d ok=%d achieved_per_s=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f p999_ms=%.2f "
                        + "max_ms=%.1f status_429=%d status_4xx=%d status_5xx=%d failed=%d unfinished=%d "
                        + "outbox_max_rows=%d outbox_max_age_ms=%d outbox_p99_age_ms=%d client_cpu_s=%.1f saturated=%s",
                rate, seconds, sent, ok, achieved(), p50Ms(), latency.getValueAtPercentile(90) / 1000.0, p99Ms(),
                latency.getValueAtPercentile(99.9) / 1000.0, latency.getMaxValue() / 1000.0, tooMany, clientErrors,
                serverErrors, failures, unfinished, outbox == null ? -1 : outbox.maxRows(),
                outbox == null ? -1 : outbox.maxAgeMillis(), outbox == null ? -1 : outbox.p99AgeMillis(), clientCpuSeconds,
                saturated());
    }
}
