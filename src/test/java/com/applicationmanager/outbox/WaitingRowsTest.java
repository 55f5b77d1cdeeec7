package com.applicationmanager.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class WaitingRowsTest {

    private static final long CONFIRM_TIMEOUT = Duration.ofSeconds(10).toNanos();

    @Test
    void aRoundTakesTheOldestRowsUpToItsLimit() {
        WaitingRows waiting = new WaitingRows();
        waiting.add(rows(1, 7, Duration.ofMinutes(1)));

        assertThat(waiting.nextRound(5)).extracting(LeasedMessage::id).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(waiting.size()).isEqualTo(2);
        assertThat(waiting.nextRound(5)).extracting(LeasedMessage::id).containsExactly(6L, 7L);
        assertThat(waiting.isEmpty()).isTrue();
    }

    @Test
    void aRoundThatWaitedForRoomIsCheckedAgain() {
        List<LeasedMessage> round = List.of(rows(1, 1, Duration.ofMinutes(1)).get(0), rows(2, 2, Duration.ofSeconds(9)).get(0));

        assertThat(WaitingRows.publishable(round, CONFIRM_TIMEOUT)).extracting(LeasedMessage::id).containsExactly(1L);
    }

    private static List<LeasedMessage> rows(long first, long last, Duration leaseLeft) {
        long leaseEnds = System.nanoTime() + leaseLeft.toNanos();
        return LongStream.rangeClosed(first, last).mapToObj(id -> new LeasedMessage(id,
                new PendingMessage(UUID.randomUUID(), "free.engineering", "{}", null), leaseEnds)).toList();
    }
}
