package com.applicationmanager.monitoring;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One of our queues at one moment. {@code oldestAgeSource} says where the age came from: "broker" (the head
 * message's timestamp) or "timeline" (the oldest application the database says waits in this queue).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueueSnapshot(String name, String kind, String type, long ready, long unacked, int consumers,
        double publishRate, double deliverRate, Double oldestAgeSeconds, String oldestAgeSource) {

    public long depth() {
        return ready + unacked;
    }
}
