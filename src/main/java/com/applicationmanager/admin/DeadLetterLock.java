package com.applicationmanager.admin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * One operation at a time per queue, across every intake replica: a browse holds messages unacknowledged for a
 * moment, and a concurrent reprocess or purge must not see a queue with holes in it. A PostgreSQL advisory lock
 * held on its own connection; a second caller is refused at once rather than queued behind a long reprocess.
 */
@ApplicationScoped
public class DeadLetterLock {

    private final DataSource dataSource;

    public DeadLetterLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> T exclusively(String queue, Supplier<T> operation) {
        try (Connection connection = dataSource.getConnection()) {
            if (!call(connection, "select pg_try_advisory_lock(hashtext(?))", queue)) {
                throw new AdminProblems.QueueBusy(queue);
            }
            try {
                return operation.get();
            } finally {
                call(connection, "select pg_advisory_unlock(hashtext(?))", queue);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the admin lock for " + queue + ": " + e.getMessage(), e);
        }
    }

    private static boolean call(Connection connection, String sql, String queue) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, "application-manager-admin:" + queue);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }
}
