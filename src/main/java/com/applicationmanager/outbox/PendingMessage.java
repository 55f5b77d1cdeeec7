package com.applicationmanager.outbox;

import java.util.Map;
import java.util.UUID;

/**
 * A message ready for the outbox: encoded, with its routing and the submitting request's trace context, so that
 * it can be written on any thread (see {@link Outbox#prepare}).
 *
 * @param payload the encoded message (JSON)
 * @param traceHeaders trace propagation headers, or null when tracing is off
 */
public record PendingMessage(UUID applicationId, String routingKey, String payload, Map<String, String> traceHeaders) {
}
