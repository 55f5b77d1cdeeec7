package com.applicationmanager.dashboard;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The live dashboard at /admin/dashboard/. */
@ConfigMapping(prefix = "app.dashboard")
public interface DashboardConfig {

    /** How often the dashboard's stream sends a new snapshot. */
    @WithDefault("2s")
    Duration refresh();

    /** How many of the latest retries and dead letters it lists. */
    @WithDefault("10")
    int recentFailures();
}
