package com.applicationmanager.monitoring;

import static com.applicationmanager.admin.testing.Ops.awaitStatus;
import static com.applicationmanager.admin.testing.Ops.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.applicationmanager.admin.testing.EmptyDeadLetterQueue;
import com.applicationmanager.admin.testing.OpsTestProfile;
import com.applicationmanager.admin.testing.TroubleStep;
import com.applicationmanager.testing.Rows;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The worker's log lines about an application carry its id and correlation id, and nothing leaks to the next. */
@QuarkusTest
@TestProfile(OpsTestProfile.class)
@ExtendWith(EmptyDeadLetterQueue.class)
class LogContextTest {

    private static final String WORKER_LOGGER = "com.applicationmanager.worker.ApplicationConsumer";

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "app.database-schema")
    String schema;

    private final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            ExtLogRecord line = (ExtLogRecord) record;
            line.copyAll(); // the MDC as it was on the logging thread, not as it is when the test reads it
            records.add(line);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger(WORKER_LOGGER).addHandler(capture);
    }

    @AfterEach
    void stop() throws Exception {
        Logger.getLogger(WORKER_LOGGER).removeHandler(capture);
    }

    @Test
    void workerLogLinesCarryTheApplicationAndCorrelationIds() {
        String first = submit("Logged Candidate " + TroubleStep.FAIL_ALWAYS);
        String second = submit("Other Candidate " + TroubleStep.FAIL_ALWAYS);
        awaitStatus(first, "FAILED");
        awaitStatus(second, "FAILED");

        for (String id : List.of(first, second)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> lineAbout(id) != null);
            ExtLogRecord line = lineAbout(id);
            assertThat(line.getMdc(ApplicationLogContext.APPLICATION_ID)).isEqualTo(id);
            assertThat(line.getMdc(ApplicationLogContext.CORRELATION_ID)).isEqualTo(correlationIdOf(id));
        }
    }

    private ExtLogRecord lineAbout(String id) {
        return records.stream().filter(r -> r.getFormattedMessage().contains(id)).findFirst().orElse(null);
    }

    private String correlationIdOf(String id) {
        long found = Rows.count(dataSource, "select count(*) from " + schema + ".application where id = ? "
                + "and correlation_id is not null", UUID.fromString(id));
        assertThat(found).isEqualTo(1);
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select correlation_id from " + schema + ".application where id = ?")) {
            statement.setObject(1, UUID.fromString(id));
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
