package com.applicationmanager.bench.jobrunr;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.HdrHistogram.ConcurrentHistogram;

/**
 * The jobs JobRunr runs, and what they record. JobRunr creates this class itself (public no-argument
 * constructor, no container), so what the jobs measure is static and read by {@link PeerBench}.
 */
public class Jobs {

    /** Enqueue to job start, microseconds. */
    static final ConcurrentHistogram START_LATENCY_US = new ConcurrentHistogram(3_600_000_000L, 3);
    static final AtomicInteger DONE = new AtomicInteger();
    static final AtomicLong FIRST_START_NANOS = new AtomicLong(Long.MAX_VALUE);
    static final AtomicLong LAST_END_NANOS = new AtomicLong();
    static final int STATUS_ROWS = 100;
    private static volatile DataSource database;

    /** A job that only records when it started. */
    public void noop(Application application) {
        started(application);
        finished();
    }

    /** One UPDATE of a small table in the same database: the least a job that records a status does. */
    public void recordStatus(Application application) throws SQLException {
        started(application);
        try (Connection connection = database.getConnection(); PreparedStatement update = connection.prepareStatement(
                "update application_status set status = ?, candidate_email = ?, updated_at = now() where id = ?")) {
            update.setString(1, "PROCESSED");
            update.setString(2, application.email);
            update.setInt(3, Math.floorMod(application.email.hashCode(), STATUS_ROWS));
            update.executeUpdate();
        }
        finished();
    }

    /** Creates the table {@link #recordStatus} updates, in the database the jobs use. */
    static void useDatabase(DataSource dataSource) throws SQLException {
        database = dataSource;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists application_status (id int primary key, status text, "
                    + "candidate_email text, updated_at timestamptz)");
            statement.execute("insert into application_status select g, 'NEW', null, now() from generate_series(0, "
                    + (STATUS_ROWS - 1) + ") g on conflict do nothing");
        }
    }

    private static void started(Application application) {
        START_LATENCY_US.recordValue(Math.max(0, nowMicros() - application.enqueuedAtMicros));
        FIRST_START_NANOS.accumulateAndGet(System.nanoTime(), Math::min);
    }

    private static void finished() {
        LAST_END_NANOS.accumulateAndGet(System.nanoTime(), Math::max);
        DONE.incrementAndGet();
    }

    static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }

    /**
     * The job's argument, stored by JobRunr as JSON in the job row: an application of about 600 bytes (name,
     * email, posting, a 480-character résumé excerpt), the payload of the reference run in shared/peers/jobrunr.
     */
    public static class Application {
        public String candidateName;
        public String email;
        public String jobId;
        public String resumeText;
        /** Wall clock just before the enqueue call, epoch microseconds. */
        public long enqueuedAtMicros;

        public Application() {
        }

        Application(int n, String resumeText) {
            this.candidateName = "Candidate " + n;
            this.email = "candidate" + n + "@example.org";
            this.jobId = "JOB-" + (10_000 + n % 500);
            this.resumeText = resumeText;
            this.enqueuedAtMicros = nowMicros();
        }
    }
}
