package com.applicationmanager.messaging;

/**
 * The headers a retried or dead-lettered message carries about its failure (the names follow Spring AMQP's
 * RepublishMessageRecoverer): the worker writes them, the dead-letter events and the admin API read them.
 */
public final class FailureHeaders {

    public static final String REASON = "x-reason";
    public static final String EXCEPTION_TYPE = "x-exception-type";
    public static final String EXCEPTION_MESSAGE = "x-exception-message";
    public static final String ORIGINAL_QUEUE = "x-original-queue";
    public static final String ATTEMPTS = "x-attempts";
    public static final String FIRST_FAILURE = "x-first-failure";
    public static final String LAST_FAILURE = "x-last-failure";
    /** How many times in a row this attempt waited for an outage (or another worker's claim) without running. */
    public static final String OUTAGE_RETRIES = "x-outage-retries";

    private FailureHeaders() {
    }
}
