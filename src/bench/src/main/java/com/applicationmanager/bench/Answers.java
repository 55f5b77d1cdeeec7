package com.applicationmanager.bench;

import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Recorder;

/** What the answers to a run of requests were; counted from the client's event loops, latency in microseconds. */
final class Answers {

    final Recorder latency = new Recorder(3);
    final AtomicLong done = new AtomicLong();
    final AtomicLong ok = new AtomicLong();
    final AtomicLong okInTime = new AtomicLong();
    /** Applications carried by the 2xx answers. */
    final AtomicLong applications = new AtomicLong();
    final AtomicLong tooMany = new AtomicLong();
    final AtomicLong tooLarge = new AtomicLong();
    final AtomicLong clientErrors = new AtomicLong();
    final AtomicLong serverErrors = new AtomicLong();
    final AtomicLong failures = new AtomicLong();

    void answered(int status, boolean inTime, int carried, long latencyNanos) {
        latency.recordValue(Math.max(1, latencyNanos / 1000));
        if (status >= 200 && status < 300) {
            ok.incrementAndGet();
            applications.addAndGet(carried);
            if (inTime) {
                okInTime.incrementAndGet();
            }
        } else if (status == 429) {
            tooMany.incrementAndGet();
        } else if (status == 413) {
            tooLarge.incrementAndGet();
        } else if (status < 500) {
            clientErrors.incrementAndGet();
        } else {
            serverErrors.incrementAndGet();
        }
        done.incrementAndGet();
    }

    void failed() {
        failures.incrementAndGet();
        done.incrementAndGet();
    }
}
