package com.applicationmanager.monitoring;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the broker's statistics come from and how often the gauges refresh; see docs/metrics.md. */
@ConfigMapping(prefix = "app.monitoring")
public interface MonitoringConfig {

    /** Base URL of the RabbitMQ management HTTP API (plugin rabbitmq_management), for example http://rabbitmq:15672. */
    String managementUrl();

    /** User for the management API; needs the "monitoring" tag at least ("management" is enough for one vhost). */
    String managementUsername();

    /** Password for the management API. */
    String managementPassword();

    /** How often queue, outbox and timeline gauges are refreshed; the broker itself refreshes its statistics every 5 s. */
    @WithDefault("5s")
    Duration pollInterval();

    /** Job types the application meters name; further ones are counted as "other" (TagCardinality). */
    @WithDefault("50")
    int maxJobTypes();

    /** Longest wait for one management API call; a slow broker then reads as "statistics unavailable". */
    @WithDefault("3s")
    Duration requestTimeout();
}
