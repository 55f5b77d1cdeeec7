package com.applicationmanager.bench.jobrunr;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.jobrunr.scheduling.JobScheduler;

/**
 * Enqueues jobs one call each through JobRunr's lambda API from several threads, flat out or at a fixed total
 * rate. Each call returns once JobRunr has committed the job's row. Call latency counts from the time the call
 * was due, so a stalled enqueue shows as latency rather than as a lower rate.
 */
final class Producers {

    private static final String RESUME = ("Experienced backend engineer with 7 years building Java services, message "
            + "queues and PostgreSQL-backed systems. Led migration of a monolith to event-driven microservices, cut p99 "
            + "latency by 40%, mentored four engineers. Skills: Java 17, Quarkus, Spring, Kafka, RabbitMQ, SQL tuning, "
            + "Kubernetes, observability with Prometheus and Grafana. Education: MSc Computer Science. Languages: "
            + "English, German, Dutch. Available from next quarter, open to remote work within the EU time zones.")
            .substring(0, 480);

    record Run(double seconds, Histogram callLatencyUs) {
    }

    private Producers() {
    }

    /** Enqueues {@code jobs} jobs from {@code threads} threads; {@code rate} 0 means as fast as JobRunr takes them. */
    static Run enqueue(JobScheduler scheduler, boolean update, int jobs, int threads, double rate) throws Exception {
        ConcurrentHistogram latency = new ConcurrentHistogram(3_600_000_000L, 3);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> running = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int first = t;
            running.add(pool.submit(() -> {
                for (int n = first; n < jobs; n += threads) {
                    long due = rate > 0 ? start + (long) (n * 1e9 / rate) : System.nanoTime();
                    for (long wait; (wait = due - System.nanoTime()) > 0;) {
                        LockSupport.parkNanos(wait);
                    }
                    Jobs.Application application = new Jobs.Application(n, RESUME);
                    if (update) {
                        scheduler.<Jobs>enqueue(job -> job.recordStatus(application));
                    } else {
                        scheduler.<Jobs>enqueue(job -> job.noop(application));
                    }
                    latency.recordValue(Math.max(1, (System.nanoTime() - due) / 1_000));
                }
                return null;
            }));
        }
        for (Future<?> producer : running) {
            producer.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        return new Run(seconds, latency);
    }
}
