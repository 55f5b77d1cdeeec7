package com.applicationmanager.bench;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.HdrHistogram.Histogram;

import io.vertx.core.buffer.Buffer;

/**
 * A closed-loop client, as wrk runs one: each of N connections sends its next request as soon as the answer to
 * the previous one arrived, for a fixed time. Throughput is then what the server sustains with N requests in
 * flight, and latency is each request's own service time. Used for single submissions and for bulk imports.
 */
final class ClosedLoop implements AutoCloseable {

    /** One request to send: its API key, optional Idempotency-Key, body and how many applications it carries. */
    record Request(String apiKey, String idempotencyKey, Buffer body, int applications) {
    }

    /** The figures of one run; latency in microseconds. */
    record Result(long requests, long ok, long applications, long status4xx, long status413, long status5xx, long failed,
            double seconds, long bodyBytes, Histogram latency, long startedMillis, long endedMillis) {

        String line() {
            return String.format(Locale.ROOT,
                    "requests=%d ok=%d accepted_per_s=%.0f requests_per_s=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f "
                            + "max_ms=%.1f status_4xx=%d status_413=%d status_5xx=%d failed=%d body_kb_avg=%.1f "
                            + "started_ms=%d ended_ms=%d",
                    requests, ok, applications / seconds, requests / seconds, latency.getValueAtPercentile(50) / 1e3,
                    latency.getValueAtPercentile(90) / 1e3, latency.getValueAtPercentile(99) / 1e3,
                    latency.getMaxValue() / 1e3, status4xx, status413, status5xx, failed,
                    bodyBytes / 1024.0 / Math.max(1, requests), startedMillis, endedMillis);
        }
    }

    private final Poster poster;
    private final String path;
    private final int connections;

    ClosedLoop(String url, String path, int connections) {
        this.poster = new Poster(url, connections);
        this.path = path;
        this.connections = connections;
    }

    /** Runs the connections for {@code length}; {@code next} is called from the client's threads, one at a time. */
    Result run(Duration length, Supplier<Request> next) throws InterruptedException {
        Answers answers = new Answers();
        AtomicLong bodyBytes = new AtomicLong();
        long started = System.currentTimeMillis();
        long start = System.nanoTime();
        long end = start + length.toNanos();
        CountDownLatch lanes = new CountDownLatch(connections);
        for (int i = 0; i < connections; i++) {
            sendNext(end, next, answers, bodyBytes, lanes);
        }
        lanes.await(length.toSeconds() + 120, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(answers.done.get(), answers.ok.get(), answers.applications.get(),
                answers.clientErrors.get() + answers.tooMany.get(), answers.tooLarge.get(), answers.serverErrors.get(),
                answers.failures.get(), seconds, bodyBytes.get(), answers.latency.getIntervalHistogram(), started,
                System.currentTimeMillis());
    }

    private void sendNext(long end, Supplier<Request> next, Answers answers, AtomicLong bodyBytes, CountDownLatch lanes) {
        if (System.nanoTime() >= end) {
            lanes.countDown();
            return;
        }
        Request request;
        synchronized (next) {
            request = next.get();
        }
        bodyBytes.addAndGet(request.body().length());
        long sent = System.nanoTime();
        poster.post(path, request.apiKey(), request.idempotencyKey(), request.body()).onComplete(answer -> {
            if (answer.succeeded()) {
                answers.answered(answer.result(), true, request.applications(), System.nanoTime() - sent);
            } else {
                answers.failed();
            }
            sendNext(end, next, answers, bodyBytes, lanes);
        });
    }

    @Override
    public void close() {
        poster.close();
    }
}
