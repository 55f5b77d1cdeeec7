package com.applicationmanager.submission;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "app.submission")
public interface SubmissionConfig {

    /** Tenant recorded for a submission that no client account claims. */
    @WithDefault("public")
    String defaultTenant();

    /** Customer tier of that tenant. */
    @WithDefault("free")
    String defaultTier();
}
