package com.applicationmanager.worker;

import java.time.Duration;

/** Counts deliveries being processed, so shutdown can wait for them to finish. */
final class InFlight {

    private int count;
    private boolean draining;

    /** @return false once draining: the caller must hand the delivery back instead of starting it */
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

    /** Stops new work and waits up to {@code grace} for current work; returns how many are still running. */
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
