package com.applicationmanager.messaging;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Names and timings of the broker objects; see docs/queues.md. */
@ConfigMapping(prefix = "app.messaging")
public interface TopologyConfig {

    /** Prefix of every exchange and queue name; tests use their own so they never share a queue with a dev run. */
    @WithDefault("applications")
    String prefix();

    /** How long a new application may wait in the work queue before it expires into the dead-letter queue. */
    @WithDefault("24h")
    Duration messageTtl();

    /** Delays of the retry queues, one per attempt; the last one repeats. */
    @WithDefault("1s,5s,30s,2m")
    List<Duration> retryDelays();

    /** Broker-side limit of redeliveries (worker crashes) before a message is dead-lettered. */
    @WithDefault("10")
    int deliveryLimit();

    /**
     * Delivery limit of the dead-letter queue and the dead-letter events queue, past which the broker drops a
     * message. Every browse of the dead-letter queue counts one delivery, so it is high on purpose; it is declared
     * because RabbitMQ 4 otherwise applies 20 (and -1, "no limit" there, drops at the first return on 3.x).
     */
    @WithDefault("1000000")
    int deadLetterDeliveryLimit();

    default String mainExchange() {
        return prefix();
    }

    /** One work queue per customer tier; routing keys start with the tier. */
    default String workQueue(Tier tier) {
        return prefix() + ".work." + tier.key();
    }

    default String retryExchange() {
        return prefix() + ".retry";
    }

    default String retryQueue(Duration delay) {
        return prefix() + ".retry." + delay.toMillis() + "ms";
    }

    /** Where the notify step publishes; the notification flow binds its own queues to it. */
    default String notificationsExchange() {
        return prefix() + ".notifications";
    }

    default String deadLetterExchange() {
        return prefix() + ".dlx";
    }

    default String deadLetterQueue() {
        return prefix() + ".dead-letter";
    }

    default String deadLetterEventsQueue() {
        return prefix() + ".dead-letter.events";
    }

    default Duration retryDelay(int attempt) {
        List<Duration> delays = retryDelays();
        return delays.get(Math.min(Math.max(attempt, 1), delays.size()) - 1);
    }
}
