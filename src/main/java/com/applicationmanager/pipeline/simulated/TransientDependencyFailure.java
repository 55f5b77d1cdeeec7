package com.applicationmanager.pipeline.simulated;

/** The dependency failed in a way a later call may not: a timeout, a 503. */
public class TransientDependencyFailure extends RuntimeException {

    public TransientDependencyFailure(String message) {
        super(message);
    }
}
