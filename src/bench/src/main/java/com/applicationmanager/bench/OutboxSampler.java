package com.applicationmanager.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/**
 * Outbox lag while a step runs: every 100 ms, the rows not yet published and the age of the oldest; the step
 * reports the deepest outbox, the oldest row and the 99th percentile of the oldest row's age over the samples.
 * Rows older than the relay's poll mean the broker or the relay is behind.
 */
final class OutboxSampler implements AutoCloseable {

    private static final String QUERY = "select count(*), coalesce(extract(epoch from now() - min(created_at)) * 1000, 0) from outbox";

    private final Connection connection;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "outbox-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> sampling;
    private final Histogram ages = new Histogram(3);
    private long maxRows;

    OutboxSampler(String jdbcUrl) throws SQLException {
        this.connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
    }

    synchronized void start() {
        maxRows = 0;
        ages.reset();
        sampling = timer.scheduleAtFixedRate(this::sample, 0, 100, TimeUnit.MILLISECONDS);
    }

    synchronized Lag stop() {
        sampling.cancel(false);
        sample();
        return new Lag(maxRows, ages.getMaxValue(), ages.getValueAtPercentile(99));
    }

    private synchronized void sample() {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(QUERY)) {
            row.next();
            maxRows = Math.max(maxRows, row.getLong(1));
            ages.recordValue(Math.max(0, (long) row.getDouble(2)));
        } catch (SQLException e) {
            System.err.println("outbox sample failed: " + e.getMessage());
        }
    }

    @Override
    public void close() throws SQLException {
        timer.shutdownNow();
        connection.close();
    }

    record Lag(long maxRows, long maxAgeMillis, long p99AgeMillis) {
    }
}
