package com.applicationmanager.worker;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

import com.applicationmanager.messaging.Channels;
import com.applicationmanager.messaging.Tier;

import io.smallrye.mutiny.Multi;

/**
 * Absorbs the deliveries the broker pushes beyond what the consumers asked for. After a reconnection the
 * connector's new channel gets a fresh prefetch window while the old deliveries are still being processed,
 * and without this buffer the processing stage fails with "Queue is full" and stops consuming for good
 * (smallrye-reactive-messaging issue 1906). The broker's prefetch still bounds what can pile up here: a
 * reconnection can leave an old window and a new one in flight, so each buffer holds a few windows of its tier
 * (Mutiny's default of 256 overflowed at the batch worker's prefetch of hundreds, and that ended the stream).
 */
@ApplicationScoped
public class DeliveryBuffers {

    private static final int WINDOWS = 4;

    private final WorkerConfig config;

    public DeliveryBuffers(WorkerConfig config) {
        this.config = config;
    }

    @Incoming(Channels.APPLICATIONS_ENTERPRISE)
    @Outgoing(Channels.APPLICATIONS_BUFFERED)
    public Multi<Message<?>> enterprise(Multi<Message<?>> deliveries) {
        return deliveries.onOverflow().buffer(room(Tier.ENTERPRISE));
    }

    @Incoming(Channels.APPLICATIONS_PROFESSIONAL)
    @Outgoing(Channels.APPLICATIONS_BUFFERED)
    public Multi<Message<?>> professional(Multi<Message<?>> deliveries) {
        return deliveries.onOverflow().buffer(room(Tier.PROFESSIONAL));
    }

    @Incoming(Channels.APPLICATIONS_FREE)
    @Outgoing(Channels.APPLICATIONS_BUFFERED)
    public Multi<Message<?>> free(Multi<Message<?>> deliveries) {
        return deliveries.onOverflow().buffer(room(Tier.FREE));
    }

    @Incoming(Channels.DEAD_LETTER_EVENTS_IN)
    @Outgoing(Channels.DEAD_LETTER_EVENTS_BUFFERED)
    public Multi<Message<?>> deadLetterEvents(Multi<Message<?>> deliveries) {
        return deliveries.onOverflow().buffer();
    }

    /** A few of the tier's prefetch windows (messaging/TierPrefetch: weight × concurrency). */
    private int room(Tier tier) {
        return WINDOWS * tier.weight() * config.concurrency();
    }
}
