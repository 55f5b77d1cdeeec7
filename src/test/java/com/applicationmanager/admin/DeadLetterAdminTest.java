package com.applicationmanager.admin;

import static com.applicationmanager.admin.testing.Ops.asAdmin;
import static com.applicationmanager.admin.testing.Ops.asClient;
import static com.applicationmanager.admin.testing.Ops.awaitStatus;
import static com.applicationmanager.admin.testing.Ops.deadLetterQueue;
import static com.applicationmanager.admin.testing.Ops.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.applicationmanager.admin.testing.EmptyDeadLetterQueue;
import com.applicationmanager.admin.testing.Ops;
import com.applicationmanager.admin.testing.OpsTestProfile;
import com.applicationmanager.admin.testing.QueueContents;
import com.applicationmanager.admin.testing.TroubleStep;
import com.applicationmanager.testing.BrokerProbe;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@TestProfile(OpsTestProfile.class)
@ExtendWith(EmptyDeadLetterQueue.class)
class DeadLetterAdminTest {

    private final BrokerProbe broker = new BrokerProbe();

    @AfterEach
    void close() throws Exception {
        broker.close();
    }

    @Test
    void deadLetteredApplicationIsListedAndReprocessingCompletesIt() {
        String token = UUID.randomUUID().toString();
        String id = submit("Ada Lovelace " + TroubleStep.failUntilFixed(token));
        awaitStatus(id, "FAILED");

        JsonPath page = asAdmin().get("/api/v1/admin/dead-letters").then().statusCode(200).extract().jsonPath();
        assertThat(page.getLong("total")).isEqualTo(1);
        Map<String, Object> listed = page.getMap("items[0]");
        assertThat(listed).containsEntry("applicationId", id)
                .containsEntry("type", OpsTestProfile.JOB_TYPE)
                .containsEntry("tenant", "public")
                .containsEntry("reason", "permanent-failure")
                .containsEntry("attempts", 1)
                .containsEntry("errorType", "PermanentFailure")
                .containsEntry("readable", true)
                .containsEntry("applicationStatus", "FAILED")
                .containsKeys("firstFailure", "lastFailure", "errorMessage", "deadLetteredAt");
        // browsing took nothing away
        assertThat(broker.ready(deadLetterQueue())).isEqualTo(1);

        TroubleStep.fix(token);
        asAdmin().contentType(ContentType.JSON).body(Map.of("applicationIds", List.of(id)))
                .post("/api/v1/admin/dead-letters/reprocess")
                .then().statusCode(200).body("reprocessed", equalTo(1)).body("remaining", equalTo(0));
        awaitStatus(id, "COMPLETED");

        List<String> timeline = asAdmin().get("/api/v1/applications/{id}", id).jsonPath().getList("timeline.status");
        assertThat(timeline).containsExactly("RECEIVED", "PROCESSING", "FAILED", "RECEIVED", "PROCESSING", "COMPLETED");
        String reason = asAdmin().get("/api/v1/applications/{id}", id).jsonPath().getString("timeline[3].reason");
        assertThat(reason).isEqualTo("reprocessed from the dead-letter queue by " + OpsTestProfile.ADMIN_USER);
        assertThat(broker.ready(deadLetterQueue())).isZero();

        JsonPath audit = asAdmin().queryParam("action", "reprocess").get("/api/v1/admin/audit").jsonPath();
        assertThat(audit.getString("[0].actor")).isEqualTo(OpsTestProfile.ADMIN_USER);
        assertThat(audit.getString("[0].outcome")).isEqualTo("done");
        assertThat(audit.getInt("[0].affected")).isEqualTo(1);
        assertThat(audit.getString("[0].target")).isEqualTo(deadLetterQueue());
    }

    @Test
    void browsingPagesKeepsTheQueueWholeAndInOrder() {
        List<String> bodies = List.of("one", "two", "three", "four", "five");
        bodies.forEach(body -> QueueContents.put(broker, deadLetterQueue(), "{\"unreadable\": \"" + body + "\"}"));

        JsonPath first = asAdmin().queryParam("limit", 2).get("/api/v1/admin/dead-letters").jsonPath();
        JsonPath second = asAdmin().queryParam("offset", 2).queryParam("limit", 2).get("/api/v1/admin/dead-letters").jsonPath();
        JsonPath third = asAdmin().queryParam("offset", 4).queryParam("limit", 2).get("/api/v1/admin/dead-letters").jsonPath();

        assertThat(first.getList("items.position", Integer.class)).containsExactly(0, 1);
        assertThat(second.getList("items.position", Integer.class)).containsExactly(2, 3);
        assertThat(third.getList("items.position", Integer.class)).containsExactly(4);
        assertThat(first.getList("items.readable", Boolean.class)).containsOnly(false);
        assertThat(first.getLong("total")).isEqualTo(5);
        assertThat(QueueContents.drain(deadLetterQueue()))
                .containsExactlyElementsOf(bodies.stream().map(b -> "{\"unreadable\": \"" + b + "\"}").toList());
    }

    @Test
    void reprocessingASelectionLeavesTheOthersInOrder() {
        String token = UUID.randomUUID().toString();
        List<String> ids = List.of(submit("First " + TroubleStep.failUntilFixed(token)),
                submit("Second " + TroubleStep.failUntilFixed(token)),
                submit("Third " + TroubleStep.failUntilFixed(token)));
        ids.forEach(id -> awaitStatus(id, "FAILED"));
        List<String> before = asAdmin().get("/api/v1/admin/dead-letters").jsonPath().getList("items.applicationId");
        TroubleStep.fix(token);

        asAdmin().contentType(ContentType.JSON).body(Map.of("applicationIds", List.of(before.get(1))))
                .post("/api/v1/admin/dead-letters/reprocess")
                .then().statusCode(200).body("examined", equalTo(3)).body("reprocessed", equalTo(1));
        awaitStatus(before.get(1), "COMPLETED");

        List<String> after = asAdmin().get("/api/v1/admin/dead-letters").jsonPath().getList("items.applicationId");
        assertThat(after).containsExactly(before.get(0), before.get(2));
        assertThat(Ops.status(before.get(0))).isEqualTo("FAILED");
    }

    @Test
    void unreadableDeadLettersAreSkippedNotLost() {
        QueueContents.put(broker, deadLetterQueue(), "not json at all");

        asAdmin().contentType(ContentType.JSON).body(Map.of("all", true))
                .post("/api/v1/admin/dead-letters/reprocess")
                .then().statusCode(200).body("reprocessed", equalTo(0))
                .body("skipped[0].reason", equalTo("unreadable message; only a purge removes it"));
        assertThat(QueueContents.drain(deadLetterQueue())).containsExactly("not json at all");
    }

    @Test
    void aReprocessRequestMustSayWhat() {
        asAdmin().contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/admin/dead-letters/reprocess")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("applicationIds"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("all", true, "applicationIds", List.of(UUID.randomUUID())))
                .post("/api/v1/admin/dead-letters/reprocess")
                .then().statusCode(400).contentType("application/problem+json");
        asAdmin().queryParam("limit", 500).get("/api/v1/admin/dead-letters")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("limit"));
    }

    @Test
    void onlyAdminsMayUseTheAdminApi() {
        given().get("/api/v1/admin/dead-letters").then().statusCode(401);
        asClient().get("/api/v1/admin/dead-letters").then().statusCode(403);
        asClient().contentType(ContentType.JSON).body(Map.of("all", true))
                .post("/api/v1/admin/dead-letters/reprocess").then().statusCode(403);
        // the dashboard's pages ask for the operator's sign-in form whatever else comes along
        given().redirects().follow(false).get("/admin/dashboard/").then().statusCode(302)
                .header("Location", endsWith("/sign-in.html"));
        asClient().redirects().follow(false).get("/admin/dashboard/").then().statusCode(302)
                .header("Location", endsWith("/sign-in.html"));
    }
}
