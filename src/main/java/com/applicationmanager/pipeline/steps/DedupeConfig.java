package com.applicationmanager.pipeline.steps;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "app.pipeline.dedupe")
public interface DedupeConfig {

    /** How long before a new application an earlier one of the same candidate to the same posting makes it a duplicate. */
    @WithDefault("30d")
    Duration window();
}
