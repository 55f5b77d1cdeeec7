package com.applicationmanager.outbox;

import java.util.List;
import java.util.stream.Stream;

/**
 * What the broker made of one publish round, row by row: confirmed (the row can go), refused (nacked, or failed
 * in the connector) and unconfirmed (no answer within the confirm timeout, or not sent at all).
 */
record Settlement(List<Long> confirmed, List<Long> refused, List<Long> unconfirmed) {

    /** The broker answered nothing in time: it counts against the circuit breaker. */
    boolean brokerUnresponsive() {
        return confirmed.isEmpty() && !unconfirmed.isEmpty();
    }

    /** Rows that stay in the outbox for another try. */
    List<Long> kept() {
        return Stream.concat(refused.stream(), unconfirmed.stream()).toList();
    }
}
