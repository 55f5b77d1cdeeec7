package com.applicationmanager.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "app.outbox")
public interface OutboxConfig {

    /** Most rows published per transaction. */
    @WithDefault("500")
    int batchSize();

    /** How long the relay waits for the broker to confirm a batch before it keeps the rows for another try. */
    @WithDefault("10s")
    Duration confirmTimeout();

    /** Safety-net poll; new submissions wake the relay at once. */
    @WithDefault("1s")
    Duration pollInterval();
}
