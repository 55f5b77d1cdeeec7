package com.applicationmanager.analytics;

import java.time.Instant;
import java.util.List;

/** Processing-time percentiles and outcome rates per group over [from, to), from the status timeline. */
public record AnalyticsReport(Instant from, Instant to, String by, List<AnalyticsRow> rows) {
}
