package com.applicationmanager.messaging;

/** A message no version of the worker can read; it goes to the dead-letter queue at once. */
public class UnreadableMessageException extends RuntimeException {

    public UnreadableMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
