package com.applicationmanager.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop constant-rate generator: request i is due at {@code start + i / rate}, whatever happened to the
 * earlier ones, and its latency is measured from that intended time, not from when it could be sent. A server
 * (or a connection pool) that falls behind therefore shows up as latency instead of silently lowering the rate
 * (no coordinated omission). A request that finds every connection busy waits in the client's queue, and that
 * wait counts too.
 */
final class OpenLoop implements AutoCloseable {

    private static final long DRAIN_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final Poster poster;
    private final String path;
    private final ApplicationFactory applications;

    OpenLoop(String url, String path, int connections, ApplicationFactory applications) {
        this.poster = new Poster(url, connections);
        this.path = path;
        this.applications = applications;
    }

    StepResult step(int rate, Duration length, OutboxSampler outbox) throws InterruptedException {
        Answers answers = new Answers();
        double intervalNanos = 1e9 / rate;
        long cpuBefore = cpuNanos();
        if (outbox != null) {
            outbox.start();
        }
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1);
        long end = start + length.toNanos();
        long sent = 0;
        for (long intended = start; intended < end; intended = start + (long) (++sent * intervalNanos)) {
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            send(intended, end, answers);
        }
        long deadline = System.nanoTime() + DRAIN_NANOS;
        while (answers.done.get() < sent && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        OutboxSampler.Lag lag = outbox == null ? null : outbox.stop();
        return new StepResult(rate, length.toSeconds(), sent, answers.ok.get(), answers.okInTime.get(), answers.tooMany.get(),
                answers.clientErrors.get() + answers.tooLarge.get(), answers.serverErrors.get(), answers.failures.get(),
                sent - answers.done.get(), answers.latency.getIntervalHistogram(), lag, (cpuNanos() - cpuBefore) / 1e9);
    }

    private void send(long intended, long end, Answers answers) {
        ApplicationFactory.Request request = applications.next();
        poster.post(path, request.apiKey(), request.idempotencyKey(), request.body()).onComplete(answer -> {
            long now = System.nanoTime();
            if (answer.succeeded()) {
                answers.answered(answer.result(), now <= end, 1, now - intended);
            } else {
                answers.failed();
            }
        });
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    @Override
    public void close() {
        poster.close();
    }
}
