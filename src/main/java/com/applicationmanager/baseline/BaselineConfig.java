package com.applicationmanager.baseline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The synchronous baseline: the architecture before the queue, processing inside the HTTP request, kept as a
 * mode of the same build so that the benchmark (src/bench) can compare both with the same load and steps.
 */
@ConfigMapping(prefix = "app.baseline")
public interface BaselineConfig {

    /**
     * Serves {@code POST /api/v1/baseline/applications}; off (404) unless a benchmark turns it on. Read once at
     * start, by {@link BaselineResource}'s {@code @EndpointDisabled}, so a request never asks.
     */
    @WithDefault("false")
    boolean enabled();

    /**
     * Requests processed at once, each on its own thread from submission to the last step, as a thread-per-request
     * server would (200 is a servlet container's usual maximum); more wait for a thread.
     */
    @WithDefault("200")
    int threads();
}
