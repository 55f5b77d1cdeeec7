package com.applicationmanager.submission;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Tenant and tier come from the authenticated client; what is left to configure is idempotency. */
@ConfigMapping(prefix = "app.submission")
public interface SubmissionConfig {

    /** How long an Idempotency-Key is remembered (at least this long; purged hourly after it). */
    @WithDefault("24h")
    Duration idempotencyRetention();
}
