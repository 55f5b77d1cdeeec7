package com.applicationmanager.monitoring;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Queues, outbox and their ages as last polled; {@code managementError} says why queue numbers are missing. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MonitoringSnapshot(Instant at, boolean managementUp, String managementError, List<QueueSnapshot> queues,
        Long outboxBacklog, Double outboxOldestAgeSeconds) {

    static MonitoringSnapshot empty() {
        return new MonitoringSnapshot(Instant.now(), false, "not polled yet", List.of(), null, null);
    }
}
