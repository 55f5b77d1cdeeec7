package com.applicationmanager.bench.jobrunr;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.StorageProvider;

/**
 * What the case reads from PostgreSQL besides JobRunr's own work: the database's transaction count (so that
 * transactions per job can be told), the size of the stored jobs, and when the jobs are done. Counts its own
 * queries, which the transaction count includes.
 */
final class Database {

    private static final long TIMEOUT_NANOS = TimeUnit.MINUTES.toNanos(10);

    private final Connection connection;
    private long ownQueries;

    Database(String jdbc) throws SQLException {
        this.connection = DriverManager.getConnection(jdbc, "postgres", "");
    }

    long transactions() throws SQLException {
        return single("select xact_commit + xact_rollback from pg_stat_database where datname = current_database()");
    }

    long averageJobJsonBytes() throws SQLException {
        return single("select coalesce(avg(octet_length(jobasjson)), 0)::bigint from jobrunr_jobs");
    }

    long ownQueries() {
        return ownQueries;
    }

    void awaitServer(StorageProvider storage) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        while (storage.getBackgroundJobServers().isEmpty() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    /** Waits until every job ran, then until storage shows them SUCCEEDED (JobRunr writes that state after the job). */
    void awaitSucceeded(StorageProvider storage, int jobs) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        while (Jobs.DONE.get() < jobs && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(5);
        }
        do {
            ownQueries++;
            if (storage.countJobs(StateName.SUCCEEDED) >= jobs) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(10);
        } while (System.nanoTime() < deadline);
        throw new IllegalStateException("not all " + jobs + " jobs succeeded within " + TimeUnit.NANOSECONDS.toMinutes(TIMEOUT_NANOS) + " minutes");
    }

    private long single(String sql) throws SQLException {
        ownQueries++;
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
