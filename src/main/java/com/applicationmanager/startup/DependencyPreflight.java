package com.applicationmanager.startup;

import java.sql.Connection;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import com.applicationmanager.messaging.BrokerSettings;
import com.applicationmanager.messaging.Topology;
import com.applicationmanager.role.Role;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * Checks PostgreSQL and RabbitMQ before anything else starts, brings the schema to this build's version and
 * declares the broker topology. Runs before Reactive Messaging subscribes, so consumers never meet a missing
 * queue or an old schema. If a dependency is unreachable the process says which, where, and how to start it,
 * and exits; except that an intake starts without the broker, since the outbox holds submissions until it is back.
 * Only the process serving the API migrates (app.startup.migrate); a worker waits for the schema, then refuses.
 */
@ApplicationScoped
public class DependencyPreflight {

    private static final Logger LOG = Logger.getLogger(DependencyPreflight.class);

    private final DataSource dataSource;
    private final Flyway flyway;
    private final Topology topology;
    private final BrokerSettings broker;
    private final String jdbcUrl;
    private final Role role;
    private final StartupConfig config;

    public DependencyPreflight(DataSource dataSource, Flyway flyway, Topology topology, BrokerSettings broker,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "app.role") Role role, StartupConfig config) {
        this.role = role;
        this.config = config;
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.topology = topology;
        this.broker = broker;
        this.jdbcUrl = jdbcUrl;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        try (Connection connection = dataSource.getConnection()) {
            connection.isValid(2);
        } catch (Exception e) {
            stop("PostgreSQL", jdbcUrl, rootMessage(e), "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start",
                    "QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME, QUARKUS_DATASOURCE_PASSWORD");
            return;
        }
        if (config.migrate().orElse(role.servesApi())) {
            flyway.migrate();
        } else {
            awaitSchema();
        }
        try {
            topology.declare();
        } catch (Exception e) {
            if (!role.consumes()) {
                LOG.warnf("RabbitMQ is unreachable at %s (%s). Accepting submissions anyway: they wait in the "
                        + "outbox until the broker is back. Start it with: rabbitmq-server -detached",
                        broker.address(), rootMessage(e));
                return;
            }
            stop("RabbitMQ", broker.address(), rootMessage(e), "rabbitmq-server -detached",
                    "RABBITMQ_HOST, RABBITMQ_PORT, RABBITMQ_USERNAME, RABBITMQ_PASSWORD, RABBITMQ_VIRTUAL_HOST");
        }
    }

    /** A worker started by KEDA during a roll-out may come up before the new intake has migrated: it waits a little. */
    private void awaitSchema() {
        SchemaVersion schema = SchemaGate.await(flyway, config.schemaWait());
        if (schema.behind()) {
            LOG.errorf("%n%n  The %s.%n  A worker does not migrate: start an intake (it migrates at start) or set "
                    + "APP_STARTUP_MIGRATE=true on one process.%n", schema.describe());
            exit(3);
            throw new SchemaBehind(schema.describe());
        }
    }

    private static void exit(int status) {
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            // nothing has started yet; exiting here spares the operator a page of start-up stack traces
            Runtime.getRuntime().halt(status);
        }
    }

    private static void stop(String service, String address, String error, String startCommand, String settings) {
        LOG.errorf("%n%n  Cannot reach %s at %s (%s).%n  Start it with:  %s%n  or point the application elsewhere with %s.%n",
                service, address, error, startCommand, settings);
        exit(2);
        throw new DependencyUnavailable(service + " is unreachable at " + address);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    /** Dev and test modes report it in their own way; the log line above already says everything. */
    static class DependencyUnavailable extends RuntimeException {
        DependencyUnavailable(String message) {
            super(message, null, false, false);
        }
    }

    /** As above, for a schema older than this build that this process may not migrate. */
    static class SchemaBehind extends RuntimeException {
        SchemaBehind(String message) {
            super(message, null, false, false);
        }
    }
}
