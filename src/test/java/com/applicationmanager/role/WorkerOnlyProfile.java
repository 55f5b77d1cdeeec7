package com.applicationmanager.role;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

public class WorkerOnlyProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("app.role", "worker", "app.messaging.prefix", "test.worker-only");
    }
}
