package com.applicationmanager.startup;

import java.time.Duration;

import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/** Waits, without migrating, until the schema reaches the version this build carries or the time is up. */
final class SchemaGate {

    private static final Logger LOG = Logger.getLogger(SchemaGate.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private SchemaGate() {
    }

    /** The schema's version when it is current, or when the wait ran out (then {@link SchemaVersion#behind()}). */
    static SchemaVersion await(Flyway flyway, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        SchemaVersion schema = SchemaVersion.of(flyway);
        if (schema.behind()) {
            LOG.warnf("The %s; waiting up to %s for the intake to migrate it (this role does not migrate)",
                    schema.describe(), wait);
        }
        while (schema.behind() && System.nanoTime() < deadline) {
            try {
                // polls the schema history table: nothing notifies a waiting process of another one's migration
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return schema;
            }
            schema = SchemaVersion.of(flyway);
        }
        if (!schema.behind()) {
            LOG.infof("The schema is at version %s", schema.current());
        }
        return schema;
    }
}
