package com.applicationmanager.client;

/**
 * A token bucket: holds up to a minute's allowance and refills continuously, so a client may burst up to
 * its per-minute limit and then goes at the limit's pace. Time is passed in (nanoseconds) for tests.
 */
final class TokenBucket {

    private static final long MINUTE_NANOS = 60_000_000_000L;

    private final int perMinute;
    private final double nanosPerToken;
    private double tokens;
    private long refilledAt;

    TokenBucket(int perMinute, long now) {
        this.perMinute = perMinute;
        this.nanosPerToken = (double) MINUTE_NANOS / perMinute;
        this.tokens = perMinute;
        this.refilledAt = now;
    }

    int perMinute() {
        return perMinute;
    }

    /** Takes one token; answers 0 if it was there, else the nanoseconds until one will be. */
    synchronized long take(long now) {
        tokens = Math.min(perMinute, tokens + Math.max(0, now - refilledAt) / nanosPerToken);
        refilledAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) * nanosPerToken);
    }
}
