package com.applicationmanager.client;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The operator credential: HTTP Basic, role {@code admin}, never a client key. */
@ConfigMapping(prefix = "app.admin")
public interface AdminConfig {

    /** User name of the operator credential. */
    @WithDefault("admin")
    String username();

    /** Its password (APP_ADMIN_PASSWORD, from a Secret); required where the API is served in production. */
    Optional<String> password();
}
