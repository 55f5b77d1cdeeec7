package com.applicationmanager.bench.jobrunr;

import static org.jobrunr.server.BackgroundJobServerConfiguration.usingStandardBackgroundJobServerConfiguration;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.jobrunr.configuration.JobRunr;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.sql.postgres.PostgresStorageProvider;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The JobRunr phase of src/bench/run.sh: one case per JVM, in a database of its own that run.sh recreates first.
 * <ul>
 * <li>{@code backlog}: N jobs enqueued with no server running (the enqueue rate), then a server starts and drains
 * them (the drain rate, and PostgreSQL transactions per job on the processing side);</li>
 * <li>{@code e2e}: the server runs and has settled into its poll loop, then N jobs are enqueued flat out; the clock
 * runs from the first enqueue until storage shows all N SUCCEEDED;</li>
 * <li>{@code paced}: as e2e, at a fixed total rate: enqueue-to-start latency below saturation.</li>
 * </ul>
 * Prints one {@code RESULT key=value ...} line. Options are {@code --name=value}.
 */
public final class PeerBench {

    private PeerBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String mode = options.getOrDefault("mode", "backlog");
        boolean update = options.getOrDefault("job", "noop").equals("update");
        int jobs = Integer.parseInt(options.getOrDefault("jobs", "20000"));
        int producers = Integer.parseInt(options.getOrDefault("producers", "8"));
        int workers = Integer.parseInt(options.getOrDefault("workers", "16"));
        // JobRunr refuses a poll interval under 5 s with SQL storage
        Duration poll = Duration.ofSeconds(Long.parseLong(options.getOrDefault("poll-seconds", "5")));
        double rate = Double.parseDouble(options.getOrDefault("rate", "0"));
        String jdbc = options.get("jdbc");
        boolean serverFirst = !mode.equals("backlog");

        HikariDataSource jobrunrPool = pool(jdbc, producers + workers + 4);
        if (update) {
            Jobs.useDatabase(pool(jdbc, workers));
        }
        StorageProvider storage = new PostgresStorageProvider(jobrunrPool); // creates the jobrunr_* tables
        JobScheduler scheduler = JobRunr.configure().useStorageProvider(storage)
                .useBackgroundJobServer(usingStandardBackgroundJobServerConfiguration().andWorkerCount(workers)
                        .andPollInterval(poll), serverFirst)
                .initialize().getJobScheduler();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("mode", mode);
        result.put("job", update ? "update" : "noop");
        result.put("jobs", jobs);
        Database database = new Database(jdbc);
        if (serverFirst) {
            database.awaitServer(storage);
            result.put("ready_ms", ManagementFactory.getRuntimeMXBean().getUptime());
            Thread.sleep(poll.toMillis() + 1000); // the clock starts with the server in its poll loop, as a user meets it
        } else {
            result.put("ready_ms", ManagementFactory.getRuntimeMXBean().getUptime());
        }

        long start = System.nanoTime();
        long transactionsBefore = database.transactions();
        Producers.Run enqueued = Producers.enqueue(scheduler, update, jobs, producers, rate);
        result.put("enqueue_per_s", jobs / enqueued.seconds());
        result.put("enqueue_call_p50_ms", enqueued.callLatencyUs().getValueAtPercentile(50) / 1e3);
        result.put("enqueue_call_p99_ms", enqueued.callLatencyUs().getValueAtPercentile(99) / 1e3);
        if (!serverFirst) {
            result.put("stored", storage.countJobs(StateName.ENQUEUED));
            transactionsBefore = database.transactions();
            start = System.nanoTime();
            JobRunr.getBackgroundJobServer().start();
        }
        database.awaitSucceeded(storage, jobs);
        double seconds = (System.nanoTime() - start) / 1e9;
        // backlog: server start to all SUCCEEDED; e2e and paced: first enqueue to all SUCCEEDED
        result.put("all_succeeded_per_s", jobs / seconds);
        result.put("drain_per_s", jobs / ((Jobs.LAST_END_NANOS.get() - Jobs.FIRST_START_NANOS.get()) / 1e9));
        result.put("first_start_ms", (Jobs.FIRST_START_NANOS.get() - start) / 1e6);
        Histogram latency = Jobs.START_LATENCY_US.copy();
        result.put("start_p50_ms", latency.getValueAtPercentile(50) / 1e3);
        result.put("start_p90_ms", latency.getValueAtPercentile(90) / 1e3);
        result.put("start_p99_ms", latency.getValueAtPercentile(99) / 1e3);
        result.put("start_max_ms", latency.getMaxValue() / 1e3);
        result.put("succeeded", storage.countJobs(StateName.SUCCEEDED));
        result.put("failed", storage.countJobs(StateName.FAILED));
        result.put("executions", Jobs.DONE.get());
        TimeUnit.MILLISECONDS.sleep(1100); // PostgreSQL's statistics lag up to a second behind the commits
        result.put("transactions_per_job", (database.transactions() - transactionsBefore - database.ownQueries()) / (double) jobs);
        result.put("job_json_bytes", database.averageJobJsonBytes());
        result.put("rss_mb", ProcessMemory.kilobytes("VmRSS") / 1024);
        result.put("peak_rss_mb", ProcessMemory.kilobytes("VmHWM") / 1024);
        StringBuilder line = new StringBuilder("RESULT");
        result.forEach((key, value) -> line.append(' ').append(key).append('=').append(value instanceof Double d
                ? String.format(Locale.ROOT, "%.1f", d) : value));
        System.out.println(line);
        System.out.flush();
        Runtime.getRuntime().halt(0); // nothing is in flight; JobRunr's graceful stop would only add seconds
    }

    private static HikariDataSource pool(String jdbc, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbc);
        config.setUsername("postgres");
        config.setMaximumPoolSize(size);
        return new HikariDataSource(config);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("options are --name=value, not " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }
}
