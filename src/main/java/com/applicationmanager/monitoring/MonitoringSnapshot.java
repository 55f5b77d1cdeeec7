package com.applicationmanager.monitoring;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Queues, outbox and their ages as last polled. {@code source} says where the queue figures came from:
 * "management-api", or "amqp" (passive declares: ready and consumers only) while the management API does not
 * answer, or none when neither did; {@code managementError} says why the management API's figures are missing.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MonitoringSnapshot(Instant at, boolean managementUp, String managementError, String source,
        List<QueueSnapshot> queues, Long outboxBacklog, Double outboxOldestAgeSeconds) {

    public static final String MANAGEMENT_API = "management-api";
    public static final String AMQP = "amqp";

    static MonitoringSnapshot empty() {
        return new MonitoringSnapshot(Instant.now(), false, "not polled yet", null, List.of(), null, null);
    }
}
