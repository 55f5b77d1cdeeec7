package com.applicationmanager.pipeline;

import java.util.concurrent.CompletableFuture;

/** Where a step's notifications go; the broker's adapter is {@code messaging/BrokerNotifications}. */
public interface NotificationSender {

    /** Publishes one event; completes on the broker's confirm, and fails (never throws) when it is not confirmed. */
    CompletableFuture<Void> send(String event, String messageId, byte[] body);
}
