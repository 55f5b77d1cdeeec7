package com.applicationmanager.monitoring;

/**
 * One queue as the management API reports it. Rates are messages per second over the broker's last sample
 * interval; {@code headMessageTimestamp} is null where the broker does not report it (quorum queues on 3.10).
 */
public record QueueStats(String name, String type, long ready, long unacked, int consumers, double publishRate,
        double deliverRate, Long headMessageTimestamp) {
}
