package com.applicationmanager.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A worker meeting an older schema, against the real PostgreSQL: it waits for the migration, or reports why not. */
class SchemaGateTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String SCHEMA = "schema_gate_test";

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(URL, "postgres", null).schemas(SCHEMA).defaultSchema(SCHEMA)
                .target(target).cleanDisabled(false).load();
    }

    @BeforeEach
    @AfterEach
    void dropSchema() throws Exception {
        try (Connection connection = DriverManager.getConnection(URL, "postgres", null)) {
            connection.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    @Test
    void aSchemaBehindThisBuildIsReportedWithBothVersionsAfterTheWait() {
        flyway("1").migrate();
        Flyway worker = flyway("latest");
        long started = System.nanoTime();

        SchemaVersion schema = SchemaGate.await(worker, Duration.ofSeconds(1));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(schema.behind()).isTrue();
        assertThat(schema.current()).isEqualTo("1");
        assertThat(schema.expected()).isEqualTo(worker.info().all()[worker.info().all().length - 1].getVersion().getVersion());
        assertThat(schema.describe()).startsWith("schema at version 1, this build needs " + schema.expected());
        assertThat(schema.pending()).isPositive();
    }

    @Test
    void aMissingSchemaIsBehindToo() {
        SchemaVersion schema = SchemaGate.await(flyway("latest"), Duration.ZERO);

        assertThat(schema.behind()).isTrue();
        assertThat(schema.current()).isEqualTo("none");
    }

    @Test
    void theWorkerGoesOnOnceTheIntakeHasMigrated() {
        flyway("1").migrate();
        CompletableFuture<?> intake = CompletableFuture.runAsync(() -> flyway("latest").migrate());

        SchemaVersion schema = SchemaGate.await(flyway("latest"), Duration.ofSeconds(60));

        assertThat(schema.behind()).isFalse();
        assertThat(intake).isCompleted();
        assertThat(schema.current()).isEqualTo(schema.expected());
    }

    @Test
    void aCurrentSchemaPassesAtOnceAndIsNotTouched() {
        flyway("latest").migrate();
        int applied = flyway("latest").info().applied().length;

        SchemaVersion schema = SchemaGate.await(flyway("latest"), Duration.ofSeconds(60));

        assertThat(schema.behind()).isFalse();
        assertThat(flyway("latest").info().applied()).hasSize(applied);
    }
}
