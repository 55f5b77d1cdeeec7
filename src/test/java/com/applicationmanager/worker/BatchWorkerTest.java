package com.applicationmanager.worker;

import static com.applicationmanager.testing.ApplicationRequestBuilder.anApplication;
import static com.applicationmanager.testing.Credentials.asClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.applicationmanager.messaging.ApplicationMessage;
import com.applicationmanager.messaging.MessageCodec;
import com.applicationmanager.testing.BrokerProbe;
import com.applicationmanager.testing.JobPostingBuilder;
import com.applicationmanager.testing.ObservedNotifications;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** The batch path's guarantees, against the real broker and database. */
@QuarkusTest
@TestProfile(BatchWorkerProfile.class)
class BatchWorkerTest {

    private static final String PREFIX = BatchWorkerProfile.PREFIX;

    @Inject
    MessageCodec codec;
    @Inject
    MeterRegistry meters;
    @Inject
    GatedStep gated;
    @Inject
    DataSource dataSource;
    @ConfigProperty(name = "app.database-schema")
    String schema;

    private final BrokerProbe broker = new BrokerProbe();
    private ObservedNotifications notifications;

    @BeforeEach
    void observeNotifications() {
        JobPostingBuilder.ensureOpen("eng-backend-042"); // the posting the builder names
        notifications = new ObservedNotifications(broker, PREFIX);
    }

    @AfterEach
    void cleanUp() throws Exception {
        notifications.close();
    }

    @Test
    void concurrentDeliveriesOfOneApplicationNotifyOnce() {
        double duplicatesBefore = processed("slow", "duplicate");
        double retriedBefore = processed("slow", "retried");
        gated.close();
        String id;
        try {
            id = submit("slow");
            // three more deliveries of the same application, as a redelivery during a connection drop makes,
            // while the first one is held at the gate: each is sent to wait, none runs
            for (int i = 0; i < 3; i++) {
                publish(message(UUID.fromString(id), "slow"));
            }
            await().atMost(Duration.ofSeconds(7)).until(() -> processed("slow", "retried") >= retriedBefore + 3);
        } finally {
            gated.open();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> processed("slow", "duplicate") >= duplicatesBefore + 3);
        asClient().get("/api/v1/applications/{id}", id).then().body("status", equalTo("COMPLETED"));
        assertThat(notificationsFor(id)).as("one notification for four deliveries").isEqualTo(1);
        List<String> timeline = asClient().get("/api/v1/applications/{id}", id).jsonPath().getList("timeline.status");
        assertThat(timeline).filteredOn("COMPLETED"::equals).hasSize(1);
    }

    @Test
    void anApplicationWithdrawnWhileQueuedCountsAsWithdrawn() throws Exception {
        UUID id = UUID.randomUUID();
        storeWithdrawn(id, "slow");
        double withdrawnBefore = processed("slow", "withdrawn");
        double duplicatesBefore = processed("slow", "duplicate");

        publish(message(id, "slow"));

        await().atMost(Duration.ofSeconds(15)).until(() -> processed("slow", "withdrawn") == withdrawnBefore + 1);
        assertThat(processed("slow", "duplicate")).isEqualTo(duplicatesBefore);
        assertThat(notificationsFor(id.toString())).isZero();
    }

    private String submit(String type) {
        return asClient().contentType(ContentType.JSON).body(anApplication().withType(type).build())
                .post("/api/v1/applications").then().statusCode(202).extract().path("id");
    }

    private static ApplicationMessage message(UUID id, String type) {
        return new ApplicationMessage(ApplicationMessage.CURRENT_VERSION, UUID.randomUUID(), id, type, "public", "free", 0,
                Instant.now(), 1, "copy-" + UUID.randomUUID(), Map.of());
    }

    private void publish(ApplicationMessage message) {
        broker.publish(PREFIX, message.routingKey(), new String(codec.encode(message), StandardCharsets.UTF_8), Map.of());
    }

    private double processed(String type, String outcome) {
        var counter = meters.find("applications.processed").tags("type", type, "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private int notificationsFor(String id) {
        return (int) notifications.take().stream().filter(body -> body.contains(id)).count();
    }

    private void storeWithdrawn(UUID id, String type) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into " + schema + ".application "
                        + "(id, candidate_name, email, job_posting_id, type, tenant, tier, status, correlation_id, "
                        + "submitted_at, updated_at) values (?, 'Ada', 'ada@example.org', 'eng-backend-042', ?, "
                        + "'public', 'free', 'WITHDRAWN', 'withdrawn-in-queue', ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, type);
            insert.setTimestamp(3, now);
            insert.setTimestamp(4, now);
            insert.executeUpdate();
        }
    }
}
