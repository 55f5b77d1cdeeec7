package com.applicationmanager.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import javax.sql.DataSource;

/** Counts rows in the application's schema straight through JDBC, bypassing the code under test. */
public final class Rows {

    private Rows() {
    }

    public static long count(DataSource dataSource, String schema, String table) {
        return count(dataSource, "select count(*) from " + schema + "." + table);
    }

    public static long count(DataSource dataSource, String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot run " + sql, e);
        }
    }
}
