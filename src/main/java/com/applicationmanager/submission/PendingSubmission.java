package com.applicationmanager.submission;

import java.util.concurrent.CompletableFuture;

import com.applicationmanager.outbox.PendingMessage;

/**
 * A submission waiting for its batch: its rows, prepared on the request's thread, and where its answer goes.
 *
 * @param idempotencyKey the client's key, or null
 * @param requestHash the request's fingerprint when it has a key, else null
 */
record PendingSubmission(NewApplication application, PendingMessage message, String idempotencyKey,
        byte[] requestHash, CompletableFuture<Submission> answer) {

    PendingSubmission(NewApplication application, PendingMessage message, String idempotencyKey, byte[] requestHash) {
        this(application, message, idempotencyKey, requestHash, new CompletableFuture<>());
    }

    /** Who holds the key: keys are per client. */
    String keyOwner() {
        return application.client().id() + " " + idempotencyKey;
    }
}
