package com.applicationmanager.tracking;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** An application's lifecycle, with the only transitions allowed between states. */
public enum ApplicationStatus {
    /** Stored and waiting in the outbox or the queue. */
    RECEIVED,
    /** A worker runs its steps. */
    PROCESSING,
    /** A transient failure; waiting in a retry queue for its next attempt. */
    RETRYING,
    /** All steps done. */
    COMPLETED,
    /** Given up on; the message waits in the dead-letter queue with its reason. */
    FAILED,
    /** Not taken by any worker before its TTL; the message waits in the dead-letter queue. */
    EXPIRED,
    /** Withdrawn by the candidate or client. */
    WITHDRAWN;

    private static final Map<ApplicationStatus, Set<ApplicationStatus>> ALLOWED = Map.of(
            RECEIVED, EnumSet.of(PROCESSING, FAILED, EXPIRED, WITHDRAWN),
            // PROCESSING -> PROCESSING: a redelivery after a worker died mid-way
            PROCESSING, EnumSet.of(PROCESSING, RETRYING, COMPLETED, FAILED, EXPIRED, WITHDRAWN),
            RETRYING, EnumSet.of(PROCESSING, FAILED, EXPIRED, WITHDRAWN),
            COMPLETED, EnumSet.noneOf(ApplicationStatus.class),
            // an operator may send a dead letter back for another try
            FAILED, EnumSet.of(RECEIVED),
            EXPIRED, EnumSet.of(RECEIVED),
            WITHDRAWN, EnumSet.noneOf(ApplicationStatus.class));

    public boolean canMoveTo(ApplicationStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /** No worker will act on an application in this state unless an operator sends it back. */
    public boolean isFinal() {
        return this == COMPLETED || this == FAILED || this == EXPIRED || this == WITHDRAWN;
    }
}
