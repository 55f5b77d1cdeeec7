package com.applicationmanager.withdrawal;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** One slow worker slot, so one application is in flight while the next waits in the queue. */
public class WithdrawalProfile implements QuarkusTestProfile {

    public static final String PREFIX = "test.withdrawal";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("app.messaging.prefix", PREFIX,
                "app.worker.concurrency", "1",
                "app.pipeline.default-steps", "normalise,simulated-dependency,notify",
                "app.simulated-dependency.latency", "5s");
    }
}
