package com.applicationmanager.messaging;

import java.util.Locale;

/**
 * Customer tiers, highest first. Each has its own work queue; a worker consumes all of them with a prefetch
 * of {@code weight × app.worker.concurrency}, so under backlog higher tiers get the larger share of the
 * worker while lower tiers keep moving (quorum queues have no message priorities in RabbitMQ 3.10).
 */
public enum Tier {
    ENTERPRISE(3),
    PROFESSIONAL(2),
    FREE(1);

    private final int weight;

    Tier(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Tier lowest() {
        return FREE;
    }

    /** The tier of a client's account; anything unknown is served as the lowest tier. */
    public static Tier of(String tier) {
        for (Tier candidate : values()) {
            if (candidate.key().equalsIgnoreCase(tier)) {
                return candidate;
            }
        }
        return lowest();
    }
}
