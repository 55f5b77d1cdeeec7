package com.applicationmanager.monitoring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.applicationmanager.messaging.Tier;
import com.applicationmanager.messaging.TopologyConfig;

/** The queues this deployment declared (see messaging/Topology), the only ones the admin tools touch. */
@ApplicationScoped
public class OurQueues {

    public record Queue(String name, QueueKind kind) {
    }

    private final List<Queue> queues;
    private final String prefix;

    public OurQueues(TopologyConfig topology) {
        this.prefix = topology.prefix();
        List<Queue> all = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            all.add(new Queue(topology.workQueue(tier), QueueKind.WORK));
        }
        for (Duration delay : new LinkedHashSet<>(topology.retryDelays())) {
            all.add(new Queue(topology.retryQueue(delay), QueueKind.RETRY));
        }
        all.add(new Queue(topology.deadLetterQueue(), QueueKind.DEAD_LETTER));
        all.add(new Queue(topology.deadLetterEventsQueue(), QueueKind.DEAD_LETTER_EVENTS));
        this.queues = List.copyOf(all);
    }

    public List<Queue> all() {
        return queues;
    }

    public Optional<Queue> named(String name) {
        return queues.stream().filter(queue -> queue.name().equals(name)).findFirst();
    }

    /** Every queue name starts with this prefix and a dot. */
    public String prefix() {
        return prefix;
    }
}
