package com.applicationmanager.startup;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What a process does to the schema at start (docs/deployment.md, "Upgrades and schema migrations"). */
@ConfigMapping(prefix = "app.startup")
public interface StartupConfig {

    /** Whether this process runs the Flyway migrations at start; unset means: a process serving the API does, a worker does not. */
    Optional<Boolean> migrate();

    /** How long a process that does not migrate waits for the schema to reach its version before it refuses to start. */
    @WithDefault("60s")
    Duration schemaWait();
}
