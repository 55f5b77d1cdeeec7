package com.applicationmanager.bench;

import java.time.Duration;

/**
 * A warm-up (not reported), then one step per rate, lowest first, until a step saturates: p99 above a second,
 * under 90 % of the offered rate answered in time, or more than 1 % of requests failing.
 */
record StepPlan(int[] rates, Duration stepLength, int warmupRate, Duration warmupLength) {

    void run(String label, OpenLoop loop, OutboxSampler outbox) throws Exception {
        if (!warmupLength.isZero()) {
            StepResult warmup = loop.step(warmupRate, warmupLength, null);
            System.out.printf("WARMUP %s rate=%d ok=%d p99_ms=%.1f%n", label, warmupRate, warmup.ok(), warmup.p99Ms());
            Thread.sleep(1000);
        }
        for (int rate : rates) {
            StepResult result = loop.step(rate, stepLength, outbox);
            System.out.println("STEP " + label + " " + result.line());
            System.out.flush();
            if (result.saturated()) {
                System.out.printf("SATURATED %s rate=%d: stopping the steps here%n", label, rate);
                break;
            }
            Thread.sleep(2000); // let queues of the previous step drain before the next
        }
    }
}
