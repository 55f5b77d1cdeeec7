package com.applicationmanager.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.applicationmanager.messaging.ApplicationMessage;
import com.applicationmanager.messaging.MessageCodec;

/** Message bodies as the worker and the broker dead-letter them, for tests that feed the dead-letter events consumer. */
public final class DeadLetterFixtures {

    private DeadLetterFixtures() {
    }

    /** A message of its own (a new message id, as a submission or a reprocess sends) for a stored application. */
    public static ApplicationMessage messageFor(String applicationId, String type) {
        return new ApplicationMessage(ApplicationMessage.CURRENT_VERSION, UUID.randomUUID(), UUID.fromString(applicationId),
                type, "public", "free", 0, Instant.now(), 1, UUID.randomUUID().toString(), Map.of());
    }

    public static String body(MessageCodec codec, ApplicationMessage message) {
        return new String(codec.encode(message), StandardCharsets.UTF_8);
    }
}
