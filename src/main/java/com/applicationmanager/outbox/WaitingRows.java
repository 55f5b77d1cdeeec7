package com.applicationmanager.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** Rows leased to this relay and not yet published, oldest first; filled by hand-offs and polls, any thread. */
final class WaitingRows {

    private final Queue<LeasedMessage> rows = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();

    void add(List<LeasedMessage> more) {
        rows.addAll(more);
        size.addAndGet(more.size());
    }

    int size() {
        return size.get();
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Up to {@code limit} rows, oldest first. */
    List<LeasedMessage> nextRound(int limit) {
        List<LeasedMessage> round = new ArrayList<>();
        LeasedMessage row;
        while (round.size() < limit && (row = rows.poll()) != null) {
            size.decrementAndGet();
            round.add(row);
        }
        return round;
    }

    /** The rows of {@code round} that can still be confirmed within their lease if sent now. */
    static List<LeasedMessage> publishable(List<LeasedMessage> round, long confirmTimeoutNanos) {
        long now = System.nanoTime();
        return round.stream().allMatch(row -> row.publishable(now, confirmTimeoutNanos)) ? round
                : round.stream().filter(row -> row.publishable(now, confirmTimeoutNanos)).toList();
    }

    List<LeasedMessage> takeAll() {
        List<LeasedMessage> all = new ArrayList<>();
        LeasedMessage row;
        while ((row = rows.poll()) != null) {
            size.decrementAndGet();
            all.add(row);
        }
        return all;
    }
}
