package com.applicationmanager.admin.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The operations tests' own broker names, a job type whose pipeline can be made to fail, quick polls, and two
 * users for the admin role checks. Security: embedded users with HTTP Basic stand in for the real admin
 * credential (issue 5); swap these five lines for that mechanism's test settings.
 */
public class OpsTestProfile implements QuarkusTestProfile {

    public static final String PREFIX = "test.ops";
    public static final String JOB_TYPE = "ops-test";
    public static final String ADMIN_USER = "operator";
    public static final String ADMIN_PASSWORD = "operator-secret";
    public static final String OTHER_USER = "client";
    public static final String OTHER_PASSWORD = "client-secret";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        config.put("app.messaging.prefix", PREFIX);
        config.put("app.pipeline.types." + JOB_TYPE + ".steps", "normalise," + TroubleStep.ID);
        config.put("app.monitoring.poll-interval", "1s");
        config.put("app.admin.consumption-poll-interval", "1s");
        config.put("quarkus.http.auth.basic", "true");
        config.put("quarkus.security.users.embedded.enabled", "true");
        config.put("quarkus.security.users.embedded.plain-text", "true");
        config.put("quarkus.security.users.embedded.users." + ADMIN_USER, ADMIN_PASSWORD);
        config.put("quarkus.security.users.embedded.roles." + ADMIN_USER, "admin");
        config.put("quarkus.security.users.embedded.users." + OTHER_USER, OTHER_PASSWORD);
        config.put("quarkus.security.users.embedded.roles." + OTHER_USER, "client");
        return config;
    }
}
