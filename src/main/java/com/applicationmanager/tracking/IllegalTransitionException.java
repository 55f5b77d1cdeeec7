package com.applicationmanager.tracking;

import java.util.UUID;

public class IllegalTransitionException extends IllegalStateException {

    public IllegalTransitionException(UUID id, ApplicationStatus from, ApplicationStatus to) {
        super("Application " + id + " cannot move from " + from + " to " + to);
    }
}
