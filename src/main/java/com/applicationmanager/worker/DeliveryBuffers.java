package com.applicationmanager.worker;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

import com.applicationmanager.messaging.Channels;

import io.smallrye.mutiny.Multi;

/**
 * Absorbs the deliveries the broker pushes beyond what the consumers asked for. After a reconnection the
 * connector's new channel gets a fresh prefetch window while the old deliveries are still being processed,
 * and without this buffer the processing stage fails with "Queue is full" and stops consuming for good
 * (smallrye-reactive-messaging issue 1906). The broker's prefetch still bounds what can pile up here.
 */
@ApplicationScoped
public class DeliveryBuffers {

    @Incoming(Channels.APPLICATIONS_ENTERPRISE)
    @Outgoing(Channels.APPLICATIONS_BUFFERED)
    public Multi<Message<?>> enterprise(Multi<Message<?>> deliveries) {
        return deliveries.onOverflow().buffer();
    }

    @Incoming(Channels.APPLICATIONS_PROFESSIONAL)
    @Outgoing(Channels.APPLICATIONS_BUFFERED)
    public Multi<Message<?>> professional(Multi<Message<?>> deliveries) {
        return deliveries.onOverflow().buffer();
    }

    @Incoming(Channels.APPLICATIONS_FREE)
    @Outgoing(Channels.APPLICATIONS_BUFFERED)
    public Multi<Message<?>> free(Multi<Message<?>> deliveries) {
        return deliveries.onOverflow().buffer();
    }

    @Incoming(Channels.DEAD_LETTER_EVENTS_IN)
    @Outgoing(Channels.DEAD_LETTER_EVENTS_BUFFERED)
    public Multi<Message<?>> deadLetterEvents(Multi<Message<?>> deliveries) {
        return deliveries.onOverflow().buffer();
    }
}
