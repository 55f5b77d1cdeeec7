package com.applicationmanager.admin;

import static com.applicationmanager.admin.testing.Ops.asAdmin;
import static com.applicationmanager.admin.testing.Ops.awaitStatus;
import static com.applicationmanager.admin.testing.Ops.deadLetterQueue;
import static com.applicationmanager.admin.testing.Ops.status;
import static com.applicationmanager.admin.testing.Ops.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.applicationmanager.admin.testing.EmptyDeadLetterQueue;
import com.applicationmanager.admin.testing.Ops;
import com.applicationmanager.admin.testing.OpsTestProfile;
import com.applicationmanager.messaging.MessageCodec;
import com.applicationmanager.testing.BrokerProbe;
import com.applicationmanager.testing.DeadLetterFixtures;
import com.applicationmanager.testing.Rows;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@TestProfile(OpsTestProfile.class)
@ExtendWith(EmptyDeadLetterQueue.class)
class QueueAdminTest {

    private final BrokerProbe broker = new BrokerProbe();

    @Inject
    MessageCodec codec;

    @Inject
    DataSource database;

    @AfterEach
    void resumeAndClose() throws Exception {
        asAdmin().post("/api/v1/admin/consumption/resume").then().statusCode(200);
        broker.close();
    }

    @Test
    void purgeIsRefusedWithoutTheQueueNamedAndEmptiesItWith() {
        IntStream.range(0, 3).forEach(i -> broker.publish("", deadLetterQueue(), "{\"n\": " + i + "}", Map.of()));
        await().atMost(Duration.ofSeconds(5)).until(() -> broker.ready(deadLetterQueue()) == 3);
        String purge = "/api/v1/admin/queues/{queue}/purge";

        asAdmin().contentType(ContentType.JSON).body(Map.of()).post(purge, deadLetterQueue())
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("confirm"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("confirm", Ops.workQueue())).post(purge, deadLetterQueue())
                .then().statusCode(400);
        asAdmin().contentType(ContentType.JSON).body(Map.of("confirm", "elsewhere")).post(purge, "elsewhere")
                .then().statusCode(404).contentType("application/problem+json");
        assertThat(broker.ready(deadLetterQueue())).isEqualTo(3);

        asAdmin().contentType(ContentType.JSON).body(Map.of("confirm", deadLetterQueue())).post(purge, deadLetterQueue())
                .then().statusCode(200).body("purged", equalTo(3));
        assertThat(broker.ready(deadLetterQueue())).isZero();

        JsonPath audit = asAdmin().queryParam("action", "purge").queryParam("limit", 4).get("/api/v1/admin/audit").jsonPath();
        assertThat(audit.getList("outcome")).containsExactly("done", "refused", "refused", "refused");
        assertThat(audit.getList("target")).containsExactly(deadLetterQueue(), "elsewhere", deadLetterQueue(),
                deadLetterQueue());
        assertThat(audit.getList("affected", Integer.class)).containsExactly(3, 0, 0, 0);
        assertThat(audit.getList("actor")).containsOnly(OpsTestProfile.ADMIN_USER);
    }

    @Test
    void pausedWorkersLeaveApplicationsWaitingUntilResumed() {
        // the positive first: while consuming, this worker takes a new application at once
        awaitStatus(submit("Before The Pause"), "COMPLETED");

        asAdmin().post("/api/v1/admin/consumption/pause").then().statusCode(200).body("paused", equalTo(true));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<Boolean> applied = asAdmin().get("/api/v1/admin/consumption").jsonPath().getList("instances.paused");
            assertThat(applied).isNotEmpty().containsOnly(true);
        });

        String id = submit("Paused Candidate");
        await("the relay hands it to the broker").atMost(Duration.ofSeconds(10)).until(() -> outboxRows(id) == 0);
        // a witness through the same process after it: its dead-letter event is consumed, the paused work is not
        String witness = submit("Witness");
        broker.publish("", OpsTestProfile.PREFIX + ".dead-letter.events",
                DeadLetterFixtures.body(codec, DeadLetterFixtures.messageFor(witness, OpsTestProfile.JOB_TYPE)),
                Map.of("x-reason", "permanent-failure"));
        awaitStatus(witness, "FAILED");
        assertThat(status(id)).isEqualTo("RECEIVED");

        Instant resumed = Instant.now();
        asAdmin().post("/api/v1/admin/consumption/resume").then().statusCode(200).body("paused", equalTo(false));
        awaitStatus(id, "COMPLETED");
        JsonPath application = asAdmin().get("/api/v1/applications/{id}", id).jsonPath();
        assertThat(application.getList("timeline.status")).containsExactly("RECEIVED", "PROCESSING", "COMPLETED");
        assertThat(Instant.parse(application.getString("timeline[1].at"))).as("taken only after the resume").isAfter(resumed);

        JsonPath audit = asAdmin().queryParam("limit", 2).get("/api/v1/admin/audit").jsonPath();
        assertThat(audit.getList("action")).containsExactly("resume", "pause");
        assertThat(audit.getList("target")).containsOnly(OpsTestProfile.PREFIX + ".work.*");
    }

    private long outboxRows(String id) {
        return Rows.count(database, "select count(*) from appmanager.outbox where application_id = cast(? as uuid)", (Object) id);
    }

    @Test
    void queueListingShowsDepthsConsumersAndAges() {
        IntStream.range(0, 2).forEach(i -> broker.publish("", deadLetterQueue(), "{\"n\": " + i + "}", Map.of()));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonPath queues = asAdmin().get("/api/v1/admin/queues").then().statusCode(200).extract().jsonPath();
            assertThat(queues.getBoolean("managementUp")).isTrue();
            assertThat(queues.getInt("queues.find { it.kind == 'dead-letter' }.ready")).isEqualTo(2);
            assertThat(queues.getInt("queues.find { it.kind == 'work' }.consumers")).isGreaterThanOrEqualTo(1);
            assertThat(queues.getString("queues.find { it.kind == 'work' }.type")).isEqualTo("quorum");
            assertThat(queues.getList("queues.kind")).contains("work", "retry", "dead-letter", "dead-letter-events");
        });
    }
}
