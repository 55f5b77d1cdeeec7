package com.applicationmanager.admin;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the admin tools; see docs/operations.md. */
@ConfigMapping(prefix = "app.admin")
public interface AdminConfig {

    /**
     * Largest dead-letter queue the admin tools read in one go (at most 65535, the AMQP prefetch limit). A browse
     * takes the whole queue for a moment, which is what keeps its order; above this it is refused. A reprocess
     * handles this many per request and says how many remain.
     */
    @WithDefault("10000")
    @Min(1)
    @Max(65535)
    int maxDeadLetters();

    /** How often each worker reads the pause switch and reports what it applied. */
    @WithDefault("2s")
    Duration consumptionPollInterval();
}
