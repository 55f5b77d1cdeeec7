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
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.applicationmanager.admin.testing.EmptyDeadLetterQueue;
import com.applicationmanager.admin.testing.Ops;
import com.applicationmanager.admin.testing.OpsTestProfile;
import com.applicationmanager.testing.BrokerProbe;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@TestProfile(OpsTestProfile.class)
@ExtendWith(EmptyDeadLetterQueue.class)
class QueueAdminTest {

    private final BrokerProbe broker = new BrokerProbe();

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
        asAdmin().post("/api/v1/admin/consumption/pause").then().statusCode(200).body("paused", equalTo(true));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<Boolean> applied = asAdmin().get("/api/v1/admin/consumption").jsonPath().getList("instances.paused");
            assertThat(applied).isNotEmpty().containsOnly(true);
        });

        String id = submit("Paused Candidate");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(8)).until(() -> status(id).equals("RECEIVED"));

        asAdmin().post("/api/v1/admin/consumption/resume").then().statusCode(200).body("paused", equalTo(false));
        awaitStatus(id, "COMPLETED");

        JsonPath audit = asAdmin().queryParam("limit", 2).get("/api/v1/admin/audit").jsonPath();
        assertThat(audit.getList("action")).containsExactly("resume", "pause");
        assertThat(audit.getList("target")).containsOnly(OpsTestProfile.PREFIX + ".work.*");
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
