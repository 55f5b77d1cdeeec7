package com.applicationmanager.outbox;

/**
 * An outbox row this relay holds the lease on. {@code leaseEnds} is on this process's monotonic clock
 * ({@link System#nanoTime()}), taken before the statement that set the lease: the lease in the database ends no
 * earlier, whatever the clocks of the hosts say, so no other replica can take the row before then.
 */
record LeasedMessage(long id, PendingMessage message, long leaseEnds) {

    /** Whether a publish started at {@code now} is confirmed or given up while the lease still holds. */
    boolean publishable(long now, long confirmTimeoutNanos) {
        return leaseEnds - now - confirmTimeoutNanos > 0;
    }
}
