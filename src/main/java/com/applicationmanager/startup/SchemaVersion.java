package com.applicationmanager.startup;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

/**
 * The schema's Flyway version beside the newest migration this build carries. A process that does not migrate
 * uses it to tell an up-to-date schema from one that the migrating process (the intake) has not reached yet.
 */
public record SchemaVersion(String current, String expected, int pending) {

    public static SchemaVersion of(Flyway flyway) {
        MigrationInfoService info = flyway.info();
        MigrationInfo current = info.current();
        MigrationInfo[] all = info.all();
        return new SchemaVersion(current == null ? "none" : current.getVersion().getVersion(),
                all.length == 0 ? "none" : all[all.length - 1].getVersion().getVersion(), info.pending().length);
    }

    public boolean behind() {
        return pending > 0;
    }

    public String describe() {
        return "schema at version " + current + ", this build needs " + expected + " (" + pending + " migration(s) pending)";
    }
}
