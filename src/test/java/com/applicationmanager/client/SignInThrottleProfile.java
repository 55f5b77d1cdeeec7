package com.applicationmanager.client;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A small allowance of failed sign-ins. */
public class SignInThrottleProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("app.admin.sign-in.max-failures-per-user", "3",
                "app.admin.sign-in.max-failures-per-address", "6");
    }
}
