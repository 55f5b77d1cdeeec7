package com.applicationmanager.messaging;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Message schema v1, the body of every message on the work, retry and dead-letter queues.
 * Documented in docs/message-schema.md and src/main/resources/schema/application-message-v1.json.
 */
public record ApplicationMessage(
        int schemaVersion,
        UUID messageId,
        UUID applicationId,
        String type,
        String tenant,
        String tier,
        int priority,
        Instant submittedAt,
        int attempt,
        String correlationId,
        Map<String, Object> payload) {

    public static final int CURRENT_VERSION = 1;

    /** The same application, for its next attempt. */
    public ApplicationMessage nextAttempt() {
        return new ApplicationMessage(schemaVersion, messageId, applicationId, type, tenant, tier, priority,
                submittedAt, attempt + 1, correlationId, payload);
    }

    /** The routing key on the main exchange: the tier's work queue binds {@code <tier>.#}; unknown tiers go to the lowest. */
    public String routingKey() {
        return Tier.of(tier).key() + "." + type;
    }
}
