package com.applicationmanager.baseline;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The baseline on, in an intake-only process: nothing here consumes, so whatever completes did so in the request. */
public class BaselineProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("app.baseline.enabled", "true",
                "app.role", "intake",
                "app.messaging.prefix", "test.baseline",
                "app.pipeline.default-steps", "normalise,dedupe,screen,simulated-dependency,notify",
                // long enough that a burst holds more requests in flight than Quarkus's executor has threads
                "app.simulated-dependency.latency", "200ms");
    }
}
