package com.applicationmanager.outbox;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A relay whose poll never fires by itself: whatever it publishes came from the committing transaction. */
public class HandOffOnlyProfile implements QuarkusTestProfile {

    public static final String PREFIX = "test.relay";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("app.outbox.poll-interval", "1h", "app.messaging.prefix", PREFIX);
    }
}
