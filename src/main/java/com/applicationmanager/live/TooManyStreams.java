package com.applicationmanager.live;

/** The caller or its address already has as many streams open as it may. */
public class TooManyStreams extends RuntimeException {

    /** Seconds a refused client is asked to wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 5;

    TooManyStreams() {
        super("Too many streams are open for this client or from this address; close one first", null, false, false);
    }
}
