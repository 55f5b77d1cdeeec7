package com.applicationmanager.client;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What a client created through the admin API gets when its request leaves it out. */
@ConfigMapping(prefix = "app.clients")
public interface ClientDefaults {

    /** Requests a minute for a client created without {@code rateLimitPerMinute}: nobody is unlimited by omission. */
    @WithDefault("600")
    int defaultRateLimitPerMinute();
}
