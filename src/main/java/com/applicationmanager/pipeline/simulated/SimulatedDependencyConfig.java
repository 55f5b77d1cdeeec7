package com.applicationmanager.pipeline.simulated;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The stand-in for a real external system (an assessment or background-check provider). It only runs when
 * {@code simulated-dependency} is in a pipeline; fault tests and the benchmark use it as the processing cost.
 */
@ConfigMapping(prefix = "app.simulated-dependency")
public interface SimulatedDependencyConfig {

    /** I/O wait of one call. */
    @WithDefault("0ms")
    Duration latency();

    /** Share of calls, 0.0 to 1.0, that fail with a transient error. */
    @WithDefault("0.0")
    double transientFailureRate();

    /** An application whose candidate name contains this text fails transiently on every call. */
    @WithDefault("FAIL-ALWAYS")
    String alwaysFailingMarker();

    /** An application whose candidate name contains this text fails permanently. */
    @WithDefault("FAIL-PERMANENTLY")
    String permanentFailureMarker();
}
