package com.applicationmanager.client;

import java.util.Optional;
import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** A client created (or brought up to date) at start, so that a fresh installation can submit at once. */
@ConfigMapping(prefix = "app.bootstrap-client")
public interface BootstrapClientConfig {

    /** Its API key (APP_BOOTSTRAP_CLIENT_KEY); no bootstrap client when unset. At least 20 characters. */
    Optional<String> key();

    /** Its unique client name. */
    @WithDefault("bootstrap")
    String name();

    /** The tenant its applications belong to. */
    @WithDefault("public")
    String tenant();

    /** Its customer tier, which feeds priorities. */
    @WithDefault("free")
    String tier();

    /** Requests per minute it may make; unlimited when unset. */
    OptionalInt rateLimitPerMinute();
}
