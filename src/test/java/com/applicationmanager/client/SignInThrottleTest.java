package com.applicationmanager.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The throttle alone, on a clock the test moves. */
class SignInThrottleTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(1000 * SECOND);
    private final SignInThrottle throttle = new SignInThrottle(new Limits(3, 5), now::get);

    @Test
    void aUserWaitsAfterItsAllowanceOfFailuresAndTheWaitDoubles() {
        failTimes("alice", "10.0.0.1", 2);
        assertThat(throttle.secondsToWait("alice", "10.0.0.1")).isZero();
        throttle.failed("alice", "10.0.0.1");
        assertThat(throttle.secondsToWait("alice", "10.0.0.2")).as("from any address").isEqualTo(30);
        assertThat(throttle.secondsToWait("bob", "10.0.0.2")).as("another user elsewhere").isZero();

        now.addAndGet(30 * SECOND);
        assertThat(throttle.secondsToWait("alice", "10.0.0.1")).isZero();
        throttle.failed("alice", "10.0.0.1");
        assertThat(throttle.secondsToWait("alice", "10.0.0.1")).isEqualTo(60);
    }

    @Test
    void anAddressWaitsAfterFailuresUnderManyUserNames() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("guess-" + i, "10.0.0.9");
        }
        assertThat(throttle.secondsToWait("admin", "10.0.0.9")).isEqualTo(30);
        assertThat(throttle.secondsToWait("admin", "10.0.0.8")).isZero();
    }

    @Test
    void aRightPasswordClearsTheUsersCountAndOldFailuresAreForgotten() {
        failTimes("alice", "10.0.0.1", 2);
        throttle.succeeded("alice");
        failTimes("alice", "10.0.0.1", 2);
        assertThat(throttle.secondsToWait("alice", "10.0.0.1")).isZero();

        failTimes("carol", "10.0.0.3", 3);
        now.addAndGet(16 * 60 * SECOND);
        throttle.failed("carol", "10.0.0.3");
        assertThat(throttle.secondsToWait("carol", "10.0.0.3")).as("one fresh failure after max-wait").isZero();
    }

    @Test
    void theWaitNeverExceedsTheMaximum() {
        failTimes("mallory", "10.0.0.4", 40);
        assertThat(throttle.secondsToWait("mallory", "10.0.0.4")).isEqualTo(15 * 60);
    }

    private void failTimes(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }

    private record Limits(int maxFailuresPerUser, int maxFailuresPerAddress) implements AdminConfig.SignIn {
        @Override
        public Duration firstWait() {
            return Duration.ofSeconds(30);
        }

        @Override
        public Duration maxWait() {
            return Duration.ofMinutes(15);
        }

        @Override
        public int tracked() {
            return 1000;
        }
    }
}
