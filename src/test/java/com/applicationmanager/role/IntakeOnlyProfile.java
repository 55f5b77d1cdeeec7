package com.applicationmanager.role;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

public class IntakeOnlyProfile implements QuarkusTestProfile {

    public static final String PREFIX = "test.intake-only";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("app.role", "intake", "app.messaging.prefix", PREFIX);
    }
}
