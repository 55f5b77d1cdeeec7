package com.applicationmanager.faults;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.postgresql.ds.PGSimpleDataSource;

import com.applicationmanager.testing.BrokerProbe;
import com.applicationmanager.testing.Rows;

/**
 * One fault case's private world: its own schema in the test database and its own broker names, so cases
 * never see each other's messages; everything it started is stopped and removed at the end.
 */
final class Scenario implements AutoCloseable {

    static final String DATABASE_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final PGSimpleDataSource DATABASE = new PGSimpleDataSource();

    static {
        DATABASE.setURL(DATABASE_URL);
        DATABASE.setUser("postgres");
    }
    /** The bootstrap client every intake of a scenario creates (tier free), and the operator password. */
    static final String CLIENT_KEY = "fault-suite-client-key-not-a-secret";
    static final String ADMIN_PASSWORD = "fault-suite-admin-password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final String name;
    final String schema;
    final String prefix;
    final Map<String, String> settings = new HashMap<>();
    private final List<AppProcess> processes = new ArrayList<>();
    private NotificationTap notifications;

    Scenario(String name) {
        this.name = name;
        String unique = name + "_" + ProcessHandle.current().pid() + "_" + SEQUENCE.incrementAndGet();
        this.schema = "fault_" + unique.replace('-', '_');
        this.prefix = "fault." + unique;
        dropSchema();
        settings.put("APP_DATABASE_SCHEMA", schema);
        settings.put("APP_MESSAGING_PREFIX", prefix);
        settings.put("QUARKUS_DATASOURCE_JDBC_URL", DATABASE_URL);
        // the simulated dependency's ledger and the notifications count the side effects (Outcome)
        settings.put("APP_PIPELINE_DEFAULT_STEPS", "normalise,simulated-dependency,notify");
        settings.put("APP_MESSAGING_RETRY_DELAYS", "200ms,500ms,1s");
        // several processes share one PostgreSQL (max_connections 100) with the rest of the machine
        settings.put("QUARKUS_DATASOURCE_JDBC_MAX_SIZE", "12");
        settings.put("APP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        settings.put("APP_BOOTSTRAP_CLIENT_KEY", CLIENT_KEY);
        // no trace collector runs here; TraceAcrossTheBrokerTest covers propagation
        settings.put("QUARKUS_OTEL_SDK_DISABLED", "true");
    }

    Scenario with(String key, String value) {
        settings.put(key, value);
        return this;
    }

    AppProcess start(String role) {
        return start(role, Map.of());
    }

    AppProcess start(String role, Map<String, String> overrides) {
        Map<String, String> env = new HashMap<>(settings);
        env.putAll(overrides);
        AppProcess process = AppProcess.start(name + "-" + role + "-" + processes.size(), role, env);
        processes.add(process);
        if (notifications == null) {
            notifications = tapNotifications(); // the first process declared the exchange; nothing was submitted yet
        }
        return process;
    }

    /** Notifications per application id, seen on the broker since the scenario's first process started. */
    Map<String, Integer> notifications() {
        return notifications == null ? Map.of() : notifications.perApplication();
    }

    private NotificationTap tapNotifications() {
        try {
            return new NotificationTap(prefix);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot watch the notifications of " + name, e);
        }
    }

    /** The work queue of the tier submissions get when no client account says otherwise. */
    String workQueue() {
        return workQueue("free");
    }

    String workQueue(String tier) {
        return prefix + ".work." + tier;
    }

    String deadLetterQueue() {
        return prefix + ".dead-letter";
    }

    long queryLong(String sql, Object... parameters) {
        return Rows.count(DATABASE, sql.replace("{schema}", schema), parameters);
    }

    void execute(String sql) {
        try (Connection connection = DATABASE.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql.replace("{schema}", schema));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot run " + sql, e);
        }
    }

    @Override
    public void close() throws Exception {
        processes.forEach(AppProcess::close);
        if (notifications != null) {
            notifications.close();
        }
        try (BrokerProbe broker = new BrokerProbe()) {
            broker.deleteQueues(workQueue("enterprise"), workQueue("professional"), workQueue("free"),
                    deadLetterQueue(), prefix + ".dead-letter.events", prefix + ".notifications.tap", prefix + ".retry.200ms", prefix + ".retry.500ms", prefix + ".retry.1000ms");
            broker.deleteExchanges(prefix, prefix + ".retry", prefix + ".dlx", prefix + ".notifications",
                    prefix + ".status");
        }
        dropSchema();
    }

    private void dropSchema() {
        execute("drop schema if exists {schema} cascade");
    }
}
