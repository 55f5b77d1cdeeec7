package com.applicationmanager.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Recorder;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * An open-loop constant-rate generator: request i is due at {@code start + i / rate}, whatever happened to the
 * earlier ones, and its latency is measured from that intended time, not from when it could be sent. A server
 * (or a connection pool) that falls behind therefore shows up as latency instead of silently lowering the rate
 * (no coordinated omission). Requests go out on a Vert.x client with many keep-alive connections; a request
 * that finds every connection busy waits in the client's queue, and that wait counts too.
 */
final class OpenLoop implements AutoCloseable {

    private static final long DRAIN_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final Vertx vertx;
    private final HttpClient client;
    private final String path;
    private final ApplicationFactory applications;

    OpenLoop(String url, String path, int connections, ApplicationFactory applications) {
        URI uri = URI.create(url);
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setDefaultHost(uri.getHost())
                .setDefaultPort(uri.getPort())
                .setKeepAlive(true)
                .setTcpNoDelay(true)
                .setConnectTimeout(10_000),
                new PoolOptions().setHttp1MaxSize(connections).setMaxWaitQueueSize(-1));
        this.path = path;
        this.applications = applications;
    }

    StepResult step(int rate, Duration length, OutboxSampler outbox) throws InterruptedException {
        Tally tally = new Tally();
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
            send(intended, end, tally);
        }
        long deadline = System.nanoTime() + DRAIN_NANOS;
        while (tally.done.get() < sent && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        OutboxSampler.Lag lag = outbox == null ? null : outbox.stop();
        return new StepResult(rate, length.toSeconds(), sent, tally.ok.get(), tally.okInTime.get(), tally.tooMany.get(),
                tally.clientErrors.get(), tally.serverErrors.get(), tally.failures.get(), sent - tally.done.get(),
                tally.latency.getIntervalHistogram(), lag, (cpuNanos() - cpuBefore) / 1e9);
    }

    private void send(long intended, long end, Tally tally) {
        ApplicationFactory.Request request = applications.next();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setURI(path)
                .putHeader("Content-Type", "application/json")
                .putHeader("X-API-Key", request.apiKey())
                .setTimeout(60_000);
        if (request.idempotencyKey() != null) {
            options.putHeader("Idempotency-Key", request.idempotencyKey());
        }
        client.request(options)
                .compose(http -> http.send(request.body()))
                .compose(response -> response.body().map(ignored -> response.statusCode()))
                .onComplete(answer -> {
                    long now = System.nanoTime();
                    if (answer.succeeded()) {
                        tally.count(answer.result(), now <= end);
                        tally.latency.recordValue(Math.max(1, (now - intended) / 1000));
                    } else {
                        tally.failures.incrementAndGet();
                    }
                    tally.done.incrementAndGet();
                });
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    @Override
    public void close() {
        client.close();
        vertx.close();
    }

    /** What the answers of one step were; updated from the client's event loops. */
    private static final class Tally {
        final Recorder latency = new Recorder(3);
        final AtomicLong done = new AtomicLong();
        final AtomicLong ok = new AtomicLong();
        final AtomicLong okInTime = new AtomicLong();
        final AtomicLong tooMany = new AtomicLong();
        final AtomicLong clientErrors = new AtomicLong();
        final AtomicLong serverErrors = new AtomicLong();
        final AtomicLong failures = new AtomicLong();

        void count(int status, boolean inTime) {
            if (status >= 200 && status < 300) {
                ok.incrementAndGet();
                if (inTime) {
                    okInTime.incrementAndGet();
                }
            } else if (status == 429) {
                tooMany.incrementAndGet();
            } else if (status < 500) {
                clientErrors.incrementAndGet();
            } else {
                serverErrors.incrementAndGet();
            }
        }
    }
}
