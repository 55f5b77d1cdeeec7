package com.applicationmanager.worker;

import java.time.Duration;

/** Counts deliveries received and not yet settled (acked or nacked), so shutdown can wait for them. */
final class InFlight {

    private int count;
    private boolean draining;

    /** @return false once draining: the delivery is left alone, unacknowledged, and returns once at close */
    synchronized boolean enter() {
        if (draining) {
            return false;
        }
        count++;
        return true;
    }

    synchronized void exit() {
        count--;
        if (count == 0) {
            notifyAll();
        }
    }

    /** Takes no more deliveries and waits up to {@code grace} for those taken to settle; returns how many are open. */
    synchronized int drain(Duration grace) throws InterruptedException {
        draining = true;
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
