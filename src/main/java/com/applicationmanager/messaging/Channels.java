package com.applicationmanager.messaging;

/** Reactive Messaging channel names; the broker names behind them are set in configuration. */
public final class Channels {

    /** Worker: applications to process, one channel per tier's work queue. */
    public static final String APPLICATIONS_ENTERPRISE = "applications-enterprise";
    public static final String APPLICATIONS_PROFESSIONAL = "applications-professional";
    public static final String APPLICATIONS_FREE = "applications-free";
    public static final java.util.List<String> WORK_CHANNELS =
            java.util.List.of(APPLICATIONS_ENTERPRISE, APPLICATIONS_PROFESSIONAL, APPLICATIONS_FREE);
    /** The work consumption as one thing an operator pauses and resumes: all tier channels together. */
    public static final String APPLICATIONS_IN = "applications";
    /** In-process hop where the tiers merge, behind buffers that absorb deliveries pushed after a reconnection. */
    public static final String APPLICATIONS_BUFFERED = "applications-buffered";
    /** Outbox relay: new applications, to the main exchange. */
    public static final String APPLICATIONS_OUT = "applications-out";
    /** Worker: failed attempts, to the retry exchange. */
    public static final String RETRIES_OUT = "retries-out";
    /** Worker: given-up applications, to the dead-letter exchange. */
    public static final String DEAD_LETTERS_OUT = "dead-letters-out";
    /** Worker: a copy of every dead letter, to record why the application ended there. */
    public static final String DEAD_LETTER_EVENTS_IN = "dead-letter-events";

    /** Notify step: {@code application.processed} events, to the notifications exchange. */
    public static final String NOTIFICATIONS_OUT = "notifications-out";

    public static final String DEAD_LETTER_EVENTS_BUFFERED = "dead-letter-events-buffered";

    private Channels() {
    }
}
