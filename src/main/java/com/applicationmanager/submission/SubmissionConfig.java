package com.applicationmanager.submission;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Tenant and tier come from the authenticated client; what is left to configure is idempotency and batching. */
@ConfigMapping(prefix = "app.submission")
public interface SubmissionConfig {

    /** How long an Idempotency-Key is remembered (at least this long; purged hourly after it). */
    @WithDefault("24h")
    Duration idempotencyRetention();

    /**
     * How long a posting found open is taken as open without asking the database: a posting closed through
     * another replica stops taking applications here within this time (through this replica, at once).
     */
    @WithDefault("2s")
    Duration postingCacheTtl();

    /** The group commit ({@link SubmissionWriter}). */
    Batch batch();

    interface Batch {

        /** Most submissions written in one transaction. */
        @WithDefault("250")
        int maxSize();

        /** How long a writer waits for more submissions after the first of a batch (0: take what is there). */
        @WithDefault("1ms")
        Duration linger();

        /** Batches written at the same time, each on a connection of its own. */
        @WithDefault("2")
        int writers();

        /** Submissions waiting for a writer; beyond it a submission answers 503 at once. */
        @WithDefault("5000")
        int maxQueued();

        /** How long a request waits for the commit of its batch before answering 503. */
        @WithDefault("10s")
        Duration answerTimeout();
    }
}
