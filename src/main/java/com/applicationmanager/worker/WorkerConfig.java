package com.applicationmanager.worker;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "app.worker")
public interface WorkerConfig {

    /** Applications one worker process handles at once; the prefetch follows it. */
    @WithDefault("8")
    int concurrency();

    /** Attempts before an application goes to the dead-letter queue (the first try counts). */
    @WithDefault("5")
    int maxAttempts();

    /** On shutdown, how long running applications may take to finish before the broker gets them back. */
    @WithDefault("30s")
    java.time.Duration shutdownGrace();
}
