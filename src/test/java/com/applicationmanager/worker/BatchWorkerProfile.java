package com.applicationmanager.worker;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Job types for the worker's own tests: one slow to compute, one with a side effect slower than the timeout. */
public class BatchWorkerProfile implements QuarkusTestProfile {

    public static final String PREFIX = "test.batch-worker";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("app.messaging.prefix", PREFIX,
                "app.pipeline.types.slow.steps", "normalise,slow-compute,notify",
                "app.pipeline.types.slow-effect.steps", "normalise,slow-effect",
                "com.applicationmanager.worker.StepRunner/run/Timeout/value", "200");
    }
}
