package com.applicationmanager.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The relay's rate on a backlog: watches the outbox every 10 ms while an intake starts on rows that piled up
 * while no broker was reachable. The clock runs from the last sample that still saw the whole backlog to the
 * first that saw the outbox empty, so every row counts and the rate is, if anything, a little low.
 */
final class RelayWatch {

    private RelayWatch() {
    }

    static void run(String jdbcUrl, long timeoutSeconds) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            long backlog = rows(connection);
            long lastFull = System.nanoTime();
            long left = backlog;
            while (left >= backlog && System.nanoTime() < deadline) {
                lastFull = System.nanoTime();
                TimeUnit.MILLISECONDS.sleep(10);
                left = rows(connection);
            }
            while (left > 0 && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(10);
                left = rows(connection);
            }
            double seconds = (System.nanoTime() - lastFull) / 1e9;
            System.out.printf(Locale.ROOT, "RELAY backlog=%d left=%d seconds=%.2f published_per_s=%.0f%n",
                    backlog, left, seconds, (backlog - left) / seconds);
        }
        System.exit(0);
    }

    private static long rows(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("select count(*) from outbox")) {
            row.next();
            return row.getLong(1);
        }
    }
}
