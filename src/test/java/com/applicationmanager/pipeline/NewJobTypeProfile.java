package com.applicationmanager.pipeline;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** ...plus this one configuration line for a new job type. */
public class NewJobTypeProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("app.messaging.prefix", "test.new-type",
                "app.pipeline.types.town-crier.steps", "normalise,shout");
    }
}
