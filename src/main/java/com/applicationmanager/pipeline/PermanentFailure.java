package com.applicationmanager.pipeline;

/** A failure no retry can mend; the application goes straight to the dead-letter queue. */
public class PermanentFailure extends RuntimeException {

    public PermanentFailure(String message) {
        super(message);
    }
}
