package com.applicationmanager.worker;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A job type for the worker's own tests whose deliveries overlap: one step slow to compute. */
public class BatchWorkerProfile implements QuarkusTestProfile {

    public static final String PREFIX = "test.batch-worker";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("app.messaging.prefix", PREFIX,
                "app.pipeline.types.slow.steps", "normalise,gated,notify");
    }
}
