package com.applicationmanager.tracking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PostPersist;

/** Turns each persisted timeline entry into a {@link StatusChanged} event, whoever wrote it. */
@ApplicationScoped
public class StatusChangeListener {

    private final Event<StatusChanged> events;

    public StatusChangeListener(Event<StatusChanged> events) {
        this.events = events;
    }

    @PostPersist
    void announce(StatusChange change) {
        events.fire(new StatusChanged(change.application.id, change.application.tenant, change.status,
                change.changedAt, change.step, change.attempt, change.reason, change.errorType, change.errorMessage));
    }
}
