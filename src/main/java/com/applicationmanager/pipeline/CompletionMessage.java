package com.applicationmanager.pipeline;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * A step whose one effect is a message about the finished application (a notification). The worker stores the
 * message in the commit that records the application COMPLETED and publishes it only after that commit,
 * removing it once the broker confirms: a crash or a lost database before the commit sends nothing, and a later
 * delivery of the application sends what is still unconfirmed. So the message goes out once, short of a crash in
 * the moment between a confirm and the removal; its id is stable for consumers that de-duplicate that case.
 */
public interface CompletionMessage extends ProcessingStep {

    /** One message, as stored until it is confirmed. */
    record Outgoing(UUID applicationId, String messageId, String body) {
    }

    /** The message for an application whose steps are done (its snapshot carries their outputs). */
    Outgoing messageFor(ApplicationSnapshot application);

    /** Publishes the messages together; each future completes on its confirm, or fails. */
    List<CompletableFuture<Void>> publish(List<Outgoing> messages);

    /** Its effect comes after the commit, from the worker; running the step only names the message. */
    @Override
    default boolean hasSideEffects() {
        return false;
    }

    @Override
    default Map<String, Object> run(ApplicationSnapshot application) {
        return Map.of("notification", messageFor(application).messageId());
    }
}
