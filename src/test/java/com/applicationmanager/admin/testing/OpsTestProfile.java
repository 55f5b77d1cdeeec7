package com.applicationmanager.admin.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The operations tests' own broker names, a job type whose pipeline can be made to fail, and quick polls.
 * The operator credential is the test profile's own (application.properties, %test).
 */
public class OpsTestProfile implements QuarkusTestProfile {

    public static final String PREFIX = "test.ops";
    public static final String JOB_TYPE = "ops-test";
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "test-only-admin-password";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        config.put("app.messaging.prefix", PREFIX);
        config.put("app.pipeline.types." + JOB_TYPE + ".steps", "normalise," + TroubleStep.ID);
        config.put("app.monitoring.poll-interval", "1s");
        config.put("app.admin.consumption-poll-interval", "1s");
        return config;
    }
}
