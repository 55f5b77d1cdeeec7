package com.applicationmanager.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.applicationmanager.client.AdminConfig;
import com.applicationmanager.messaging.TopologyConfig;
import com.applicationmanager.tracking.JobApplication;
import com.rabbitmq.client.Delivery;

/**
 * Reads a page of the dead-letter queue without losing or reordering it: takes the whole queue unacknowledged,
 * keeps the page, and closes the channel, which returns every message to the head in its original order
 * ({@link AdminBroker}). Each browse adds one to the messages' x-delivery-count; the dead-letter queue's delivery
 * limit is a million (app.messaging.dead-letter-delivery-limit), so that count is only informative.
 */
@ApplicationScoped
public class DeadLetterBrowser {

    private final AdminBroker broker;
    private final DeadLetterLock lock;
    private final DeadLetterReader reader;
    private final TopologyConfig topology;
    private final AdminConfig config;

    public DeadLetterBrowser(AdminBroker broker, DeadLetterLock lock, DeadLetterReader reader, TopologyConfig topology,
            AdminConfig config) {
        this.broker = broker;
        this.lock = lock;
        this.reader = reader;
        this.topology = topology;
        this.config = config;
    }

    public DeadLetterPage browse(int offset, int limit) {
        String queue = topology.deadLetterQueue();
        DeadLetterPage page = lock.exclusively(queue, () -> broker.withChannel(channel -> {
            long depth = channel.queueDeclarePassive(queue).getMessageCount();
            if (depth > config.maxDeadLetters()) {
                throw new AdminProblems.DeadLetterQueueTooLong(queue, depth, config.maxDeadLetters());
            }
            List<Delivery> all = broker.take(channel, queue, (int) depth);
            List<DeadLetter> items = new ArrayList<>();
            for (int position = offset; position < Math.min(all.size(), offset + limit); position++) {
                items.add(reader.read(position, all.get(position)));
            }
            return new DeadLetterPage(queue, all.size(), offset, limit, items);
        }));
        return new DeadLetterPage(page.queue(), page.total(), offset, limit, withStatuses(page.items()));
    }

    @Transactional
    List<DeadLetter> withStatuses(List<DeadLetter> items) {
        List<UUID> ids = items.stream().map(DeadLetter::applicationId).filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return items;
        }
        Map<UUID, String> statuses = JobApplication.<JobApplication>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(a -> a.id, a -> a.status.name()));
        return items.stream()
                .map(item -> item.applicationId() == null ? item : item.withStatus(statuses.get(item.applicationId())))
                .toList();
    }
}
