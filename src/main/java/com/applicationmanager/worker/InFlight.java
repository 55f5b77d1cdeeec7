package com.applicationmanager.worker;

import java.time.Duration;

/** Counts deliveries received and not yet settled (acked or nacked), so shutdown can wait for them. */
final class InFlight {

    private int count;

    synchronized void enter() {
        count++;
    }

    synchronized void exit() {
        count--;
        if (count == 0) {
            notifyAll();
        }
    }

    /** Waits up to {@code grace} for every received delivery to settle; returns how many are still open. */
    synchronized int drain(Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        while (count > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return count;
    }
}
