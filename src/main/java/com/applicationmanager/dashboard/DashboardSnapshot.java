package com.applicationmanager.dashboard;

import java.util.List;

import com.applicationmanager.analytics.AnalyticsReport;
import com.applicationmanager.monitoring.MonitoringSnapshot;

/** Everything the dashboard shows at one moment; one of these per server-sent event. */
public record DashboardSnapshot(MonitoringSnapshot broker, boolean paused, AnalyticsReport lastQuarterHour,
        List<RecentFailure> recentFailures) {
}
