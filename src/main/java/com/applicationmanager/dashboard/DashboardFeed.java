package com.applicationmanager.dashboard;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import com.applicationmanager.admin.ConsumptionSwitch;
import com.applicationmanager.analytics.Analytics;
import com.applicationmanager.messaging.Channels;
import com.applicationmanager.monitoring.QueueMonitor;

/**
 * Builds the dashboard's snapshot at most once per refresh interval, however many browsers watch: queue numbers
 * come from the monitor's last poll, the rest from a few indexed queries.
 */
@ApplicationScoped
public class DashboardFeed {

    private static final Duration RATES_WINDOW = Duration.ofMinutes(15);

    private final QueueMonitor monitor;
    private final Analytics analytics;
    private final RecentFailures failures;
    private final ConsumptionSwitch consumption;
    private final DashboardConfig config;
    private DashboardSnapshot cached;
    private Instant cachedAt = Instant.EPOCH;

    public DashboardFeed(QueueMonitor monitor, Analytics analytics, RecentFailures failures,
            ConsumptionSwitch consumption, DashboardConfig config) {
        this.monitor = monitor;
        this.analytics = analytics;
        this.failures = failures;
        this.consumption = consumption;
        this.config = config;
    }

    public synchronized DashboardSnapshot current() {
        Instant now = Instant.now();
        if (cached == null || Duration.between(cachedAt, now).compareTo(config.refresh().dividedBy(2)) > 0) {
            cached = new DashboardSnapshot(monitor.latest(), consumption.wanted(Channels.APPLICATIONS_IN),
                    analytics.report(Analytics.By.TYPE, now.minus(RATES_WINDOW), now),
                    failures.latest(config.recentFailures(), Duration.ofHours(24)));
            cachedAt = now;
        }
        return cached;
    }
}
