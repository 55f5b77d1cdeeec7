package com.applicationmanager.monitoring;

/** What a queue is for; the {@code kind} tag of the queue gauges, so alerts need not know the name prefix. */
public enum QueueKind {
    WORK("work"),
    RETRY("retry"),
    DEAD_LETTER("dead-letter"),
    DEAD_LETTER_EVENTS("dead-letter-events");

    private final String tag;

    QueueKind(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }
}
