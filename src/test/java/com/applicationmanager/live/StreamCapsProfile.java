package com.applicationmanager.live;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Room for two streams per client and three per address. */
public class StreamCapsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("app.live.max-streams-per-client", "2", "app.live.max-streams-per-address", "3");
    }
}
