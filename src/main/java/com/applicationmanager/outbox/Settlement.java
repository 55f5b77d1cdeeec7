package com.applicationmanager.outbox;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/**
 * What the broker made of one publish round, row by row: confirmed (the row can go), refused (nacked, or failed
 * in the connector) and unconfirmed (no answer within the confirm timeout, or not sent at all).
 */
record Settlement(List<Long> confirmed, List<Long> refused, List<Long> unconfirmed) {

    private static final Logger LOG = Logger.getLogger(Settlement.class);

    /** The settlement of a round whose stage failed: the broker was unresponsive, the circuit open, or worse. */
    static Settlement after(List<LeasedMessage> round, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof OutboxPublisher.BrokerUnresponsive unresponsive) {
            return unresponsive.settlement;
        }
        if (cause instanceof CircuitBreakerOpenException) {
            LOG.debug("Broker circuit open; outbox rows wait for the next poll");
        } else {
            LOG.warnf("Outbox relay could not publish (%s: %s); rows stay in the outbox", cause.getClass().getSimpleName(),
                    cause.getMessage());
        }
        return new Settlement(List.of(), List.of(), round.stream().map(LeasedMessage::id).toList());
    }

    /** The broker answered nothing in time: it counts against the circuit breaker. */
    boolean brokerUnresponsive() {
        return confirmed.isEmpty() && !unconfirmed.isEmpty();
    }

    /** Rows that stay in the outbox for another try. */
    List<Long> kept() {
        return Stream.concat(refused.stream(), unconfirmed.stream()).toList();
    }
}
