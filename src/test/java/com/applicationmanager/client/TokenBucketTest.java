package com.applicationmanager.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Property
    void neverGrantsMoreThanTheBurstPlusWhatTheElapsedTimeRefills(@ForAll @IntRange(min = 1, max = 10_000) int perMinute,
            @ForAll @Size(max = 300) List<@LongRange(min = 0, max = 5 * SECOND) Long> gaps) {
        TokenBucket bucket = new TokenBucket(perMinute, 0);
        long now = 0;
        int granted = 0;
        for (long gap : gaps) {
            now += gap;
            if (bucket.take(now) == 0) {
                granted++;
            }
        }
        double refilled = (double) now / (60 * SECOND) * perMinute;
        assertThat((double) granted).isLessThanOrEqualTo(perMinute + refilled + 1e-6);
    }

    @Property
    void aRefusalSaysExactlyHowLongToWait(@ForAll @IntRange(min = 1, max = 10_000) int perMinute) {
        TokenBucket bucket = new TokenBucket(perMinute, 0);
        for (int i = 0; i < perMinute; i++) {
            assertThat(bucket.take(0)).isZero();
        }
        long wait = bucket.take(0);
        assertThat(wait).isPositive().isLessThanOrEqualTo(60 * SECOND / perMinute + 1);
        assertThat(bucket.take(wait - 2)).isPositive();
        assertThat(bucket.take(wait)).isZero();
    }
}
