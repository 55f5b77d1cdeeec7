package com.applicationmanager.client;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Makes guessing operator passwords slow: after a number of failed sign-ins for one user name, or from one
 * address, further attempts are refused unchecked (429 with Retry-After) for a wait that doubles with each
 * failure. A right password after the wait clears the user's count. Counts live in this process's memory,
 * bounded; with N intake replicas an attacker gets N times the attempts, still a few per minute at most.
 */
@ApplicationScoped
public class SignInThrottle {

    private record Failures(int count, long lastNanos) {
    }

    private final AdminConfig.SignIn config;
    private final LongSupplier clock;
    private final Cache<String, Failures> failures;

    @Inject
    public SignInThrottle(AdminConfig admin) {
        this(admin.signIn(), System::nanoTime);
    }

    SignInThrottle(AdminConfig.SignIn config, LongSupplier clock) {
        this.config = config;
        this.clock = clock;
        this.failures = Caffeine.newBuilder().maximumSize(config.tracked()).build();
    }

    /** @return 0 when the attempt may be checked, else the whole seconds to wait (at least 1) */
    public long secondsToWait(String user, String address) {
        long now = clock.getAsLong();
        long wait = Math.max(waitNanos(userKey(user), config.maxFailuresPerUser(), now),
                waitNanos(addressKey(address), config.maxFailuresPerAddress(), now));
        return wait == 0 ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait + 999_999_999L));
    }

    public void failed(String user, String address) {
        long now = clock.getAsLong();
        for (String key : new String[] { userKey(user), addressKey(address) }) {
            failures.asMap().compute(key, (k, earlier) -> new Failures(
                    earlier == null || forgotten(earlier, now) ? 1 : earlier.count() + 1, now));
        }
    }

    public void succeeded(String user) {
        failures.invalidate(userKey(user));
    }

    private long waitNanos(String key, int allowed, long now) {
        Failures known = failures.getIfPresent(key);
        if (known == null || known.count() < allowed || forgotten(known, now)) {
            return 0;
        }
        int doublings = Math.min(known.count() - allowed, 20);
        long wait = Math.min(config.firstWait().toNanos() << doublings, config.maxWait().toNanos());
        return Math.max(0, known.lastNanos() + wait - now);
    }

    private boolean forgotten(Failures known, long now) {
        return now - known.lastNanos() > config.maxWait().toNanos();
    }

    private static String userKey(String user) {
        return "user:" + user;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
