package com.applicationmanager.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "app.outbox")
public interface OutboxConfig {

    /** Most rows one poll leases, and most messages one publish round sends. */
    @WithDefault("500")
    int batchSize();

    /** Messages published and not yet confirmed at any time; at least the batch size. */
    @WithDefault("1000")
    int maxInFlight();

    /** How long the broker has to confirm a message before its row is kept for another try. */
    @WithDefault("10s")
    Duration confirmTimeout();

    /**
     * How long a relay owns the rows it took: no other replica publishes them meanwhile, and after it they are
     * taken over. Longer than the confirm timeout; a row that waited so long in memory that its confirm might
     * outlast the lease is not sent but handed back for the next poll.
     */
    @WithDefault("60s")
    Duration lease();

    /** Committed rows one relay holds in memory waiting to be published; beyond it new rows wait for the poll. */
    @WithDefault("20000")
    int maxQueued();

    /** Safety-net poll for rows no relay holds: left by another process, refused, or written while busy. */
    @WithDefault("1s")
    Duration pollInterval();
}
