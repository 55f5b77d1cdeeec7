package com.applicationmanager.messaging;

import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import com.applicationmanager.pipeline.NotificationSender;

/** Notifications to the notifications exchange, routed and typed by their event, confirmed by the broker. */
@ApplicationScoped
public class BrokerNotifications implements NotificationSender {

    private final Emitter<byte[]> notifications;

    public BrokerNotifications(
            // room for every application of the batches in flight
            @Channel(Channels.NOTIFICATIONS_OUT) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
            Emitter<byte[]> notifications) {
        this.notifications = notifications;
    }

    @Override
    public CompletableFuture<Void> send(String event, String messageId, byte[] body) {
        try {
            return Confirmed.send(notifications, body, OutgoingMessages.persistentJson(event, messageId).withType(event).build());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e); // a full buffer, a closed channel
        }
    }
}
