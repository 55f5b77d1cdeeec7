package com.applicationmanager.admin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.applicationmanager.client.AdminConfig;
import com.applicationmanager.messaging.ApplicationMessage;
import com.applicationmanager.messaging.TopologyConfig;
import com.applicationmanager.outbox.OutboxRelay;
import com.rabbitmq.client.Delivery;

/**
 * Sends dead letters back to the main exchange. It takes the messages that were in the queue when it began (new
 * failures land behind them and are left alone), sends each selected one back through {@link Resend} and
 * acknowledges it only after that commits; closing the channel returns the rest to the head, in order. A second
 * copy of an application already sent back in the same run is removed, not sent twice.
 */
@ApplicationScoped
public class DeadLetterReprocessor {

    private final AdminBroker broker;
    private final DeadLetterLock lock;
    private final DeadLetterReader reader;
    private final Resend resend;
    private final OutboxRelay relay;
    private final TopologyConfig topology;
    private final AdminConfig config;

    public DeadLetterReprocessor(AdminBroker broker, DeadLetterLock lock, DeadLetterReader reader, Resend resend,
            OutboxRelay relay, TopologyConfig topology, AdminConfig config) {
        this.broker = broker;
        this.lock = lock;
        this.reader = reader;
        this.resend = resend;
        this.relay = relay;
        this.topology = topology;
        this.config = config;
    }

    /** @param selection the application ids to send back; empty means every dead letter */
    public ReprocessResult reprocess(Set<UUID> selection, String actor) {
        String queue = topology.deadLetterQueue();
        ReprocessResult result = lock.exclusively(queue, () -> broker.withChannel(channel -> {
            long depth = channel.queueDeclarePassive(queue).getMessageCount();
            List<Delivery> taken = broker.take(channel, queue, (int) Math.min(depth, config.maxDeadLetters()));
            Set<UUID> sent = new HashSet<>();
            Set<UUID> notFound = new LinkedHashSet<>(selection);
            List<ReprocessResult.Skipped> skipped = new ArrayList<>();
            int duplicates = 0;
            for (Delivery delivery : taken) {
                Optional<ApplicationMessage> message = reader.decode(delivery);
                UUID id = message.map(ApplicationMessage::applicationId).orElse(null);
                if (!selection.isEmpty() && (id == null || !selection.contains(id))) {
                    continue; // not selected: returned when the channel closes
                }
                long tag = delivery.getEnvelope().getDeliveryTag();
                String messageId = delivery.getProperties().getMessageId();
                if (id == null) {
                    skipped.add(new ReprocessResult.Skipped(null, messageId, "unreadable message; only a purge removes it"));
                } else if (sent.contains(id)) {
                    channel.basicAck(tag, false);
                    duplicates++;
                } else {
                    notFound.remove(id);
                    Optional<String> refusal = resend.resend(message.get(), actor);
                    if (refusal.isEmpty()) {
                        channel.basicAck(tag, false);
                        sent.add(id);
                    } else {
                        skipped.add(new ReprocessResult.Skipped(id, messageId, refusal.get()));
                    }
                }
            }
            long remaining = depth - sent.size() - duplicates;
            return new ReprocessResult(taken.size(), sent.size(), duplicates, List.copyOf(skipped),
                    List.copyOf(notFound), remaining);
        }));
        if (result.reprocessed() > 0) {
            relay.wake();
        }
        return result;
    }
}
