package com.applicationmanager.worker;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The worker's batch path; docs/queues.md "Batches" and docs/scaling.md say how to size these. */
@ConfigMapping(prefix = "app.worker")
public interface WorkerConfig {

    /**
     * Applications one worker process handles at once, across its batches; each tier's prefetch is this
     * times the tier's weight (messaging/TierPrefetch), and plain steps run on this many threads.
     */
    @WithDefault("256")
    int concurrency();

    /** Most applications in one batch (one claim, one commit); never more than {@link #concurrency()}. */
    @WithDefault("64")
    int batchSize();

    /** How long a batch waits to fill up before it starts with what it has. */
    @WithDefault("5ms")
    Duration batchLinger();

    /**
     * How long a claim holds an application against another delivery of it. Must exceed the longest a batch
     * runs; after a worker's crash its applications wait this long before another worker takes them.
     */
    @WithDefault("2m")
    Duration claimLease();

    /** Attempts before an application goes to the dead-letter queue (the first try counts). */
    @WithDefault("5")
    int maxAttempts();

    /** On shutdown, how long running applications may take to finish before the broker gets them back. */
    @WithDefault("30s")
    Duration shutdownGrace();

    /** Batches running at once: as many as keep {@link #concurrency()} applications in flight. */
    default int batchesInFlight() {
        return Math.max(1, concurrency() / effectiveBatchSize());
    }

    default int effectiveBatchSize() {
        return Math.max(1, Math.min(batchSize(), concurrency()));
    }
}
