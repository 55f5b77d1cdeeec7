package com.applicationmanager.client;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Per-client request limits, one token bucket per client in this process's memory. The limit is per
 * instance: with N intake replicas a client gets up to N times its limit. That is the deliberate trade:
 * no shared store on the hot path and nothing to fail with it; the limit protects each replica from one
 * noisy client, and the replica count is known, so an operator can set the per-client figure to match.
 */
@ApplicationScoped
public class RateLimiter {

    private final Map<UUID, TokenBucket> buckets = new ConcurrentHashMap<>();

    /** @return 0 when the request may go ahead, else the whole seconds to wait (at least 1) */
    public long secondsToWait(ClientPrincipal client) {
        Integer limit = client.rateLimitPerMinute();
        if (limit == null) {
            return 0;
        }
        long now = System.nanoTime();
        // a changed limit (the bootstrap client after a restart of another replica) starts a fresh bucket
        TokenBucket bucket = buckets.compute(client.id(),
                (id, existing) -> existing != null && existing.perMinute() == limit ? existing : new TokenBucket(limit, now));
        long waitNanos = bucket.take(now);
        return waitNanos == 0 ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + 999_999_999L));
    }
}
