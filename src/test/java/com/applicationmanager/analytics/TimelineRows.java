package com.applicationmanager.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

/** Writes timeline rows with chosen timestamps straight into the schema, so percentiles can be checked exactly. */
final class TimelineRows {

    private final DataSource dataSource;
    private final String schema;

    TimelineRows(DataSource dataSource, String schema) {
        this.dataSource = dataSource;
        this.schema = schema;
    }

    UUID application(String type, String tenant, Instant submittedAt) {
        UUID id = UUID.randomUUID();
        update("insert into " + schema + ".application (id, candidate_name, email, job_posting_id, type, tenant, tier, "
                + "status, attempts, correlation_id, submitted_at, updated_at) values (?, 'Analytics Row', "
                + "'row@example.org', 'job-1', ?, ?, 'free', 'RECEIVED', 0, 'c', ?, ?)",
                id, type, tenant, Timestamp.from(submittedAt), Timestamp.from(submittedAt));
        change(id, "RECEIVED", submittedAt, null);
        return id;
    }

    void change(UUID application, String status, Instant at, String step) {
        update("insert into " + schema + ".status_change (id, application_id, status, changed_at, step, attempt) "
                + "values (nextval('" + schema + ".status_change_seq'), ?, ?, ?, ?, 1)",
                application, status, Timestamp.from(at), step);
    }

    void stepDone(UUID application, String step, Instant at) {
        update("insert into " + schema + ".step_result (application_id, step, output, completed_at) "
                + "values (?, ?, '{}'::jsonb, ?)", application, step, Timestamp.from(at));
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot run " + sql, e);
        }
    }
}
