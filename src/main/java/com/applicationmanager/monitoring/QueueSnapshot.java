package com.applicationmanager.monitoring;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One of our queues at one moment. {@code oldestAgeSource} says where the age came from: "broker" (the head
 * message's timestamp) or "timeline" (the oldest application the database says waits in this queue).
 * {@code unacked} and the rates are null (left out) when the figures come from AMQP alone
 * ({@link MonitoringSnapshot#source()} "amqp"): only the management API knows them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueueSnapshot(String name, String kind, String type, long ready, Long unacked, int consumers,
        Double publishRate, Double deliverRate, Double oldestAgeSeconds, String oldestAgeSource) {

    public long depth() {
        return ready + (unacked == null ? 0 : unacked);
    }
}
