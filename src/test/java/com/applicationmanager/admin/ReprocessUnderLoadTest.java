package com.applicationmanager.admin;

import static com.applicationmanager.admin.testing.Ops.asAdmin;
import static com.applicationmanager.admin.testing.Ops.awaitStatus;
import static com.applicationmanager.admin.testing.Ops.deadLetterQueue;
import static com.applicationmanager.admin.testing.Ops.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.applicationmanager.admin.testing.EmptyDeadLetterQueue;
import com.applicationmanager.admin.testing.Ops;
import com.applicationmanager.admin.testing.OpsTestProfile;
import com.applicationmanager.admin.testing.TroubleStep;
import com.applicationmanager.testing.BrokerProbe;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(OpsTestProfile.class)
@ExtendWith(EmptyDeadLetterQueue.class)
class ReprocessUnderLoadTest {

    private final BrokerProbe broker = new BrokerProbe();

    @AfterEach
    void close() throws Exception {
        broker.close();
    }

    @Test
    void reprocessingAllWhileNewFailuresArriveLosesNothing() {
        String token = UUID.randomUUID().toString();
        List<String> fixable = IntStream.range(0, 20)
                .mapToObj(i -> submit("Fixable " + i + " " + TroubleStep.failUntilFixed(token))).toList();
        fixable.forEach(id -> awaitStatus(id, "FAILED"));
        TroubleStep.fix(token);

        // new failures keep arriving while the operator reprocesses, twice over
        List<String> broken = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> failures = CompletableFuture.runAsync(() -> IntStream.range(0, 20)
                .forEach(i -> broken.add(submit("Broken " + i + " " + TroubleStep.FAIL_ALWAYS))));
        for (int round = 0; round < 2; round++) {
            asAdmin().contentType(ContentType.JSON).body(Map.of("all", true))
                    .post("/api/v1/admin/dead-letters/reprocess").then().statusCode(200);
        }
        failures.join();

        fixable.forEach(id -> awaitStatus(id, "COMPLETED"));
        broken.forEach(id -> awaitStatus(id, "FAILED"));
        // every broken application is in the dead-letter queue exactly once, none of the fixed ones is
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<String> listed = asAdmin().queryParam("limit", 100).get("/api/v1/admin/dead-letters")
                    .then().statusCode(200).extract().jsonPath().getList("items.applicationId");
            assertThat(listed).containsExactlyInAnyOrderElementsOf(broken);
        });
    }

    @Test
    void aSecondOperationWaitsForTheFirstInsteadOfSeeingAHalfEmptyQueue() {
        IntStream.range(0, 50).forEach(i -> broker.publish("", deadLetterQueue(), "{\"n\": " + i + "}", Map.of()));
        await().atMost(Duration.ofSeconds(5)).until(() -> broker.ready(deadLetterQueue()) == 50);

        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<Void>> browses = IntStream.range(0, 4).mapToObj(i -> CompletableFuture.runAsync(() -> {
            int status = asAdmin().queryParam("limit", 100).get("/api/v1/admin/dead-letters").statusCode();
            statuses.add(status);
        })).toList();
        browses.forEach(CompletableFuture::join);

        assertThat(statuses).contains(200).allMatch(s -> s == 200 || s == 409);
        assertThat(broker.ready(deadLetterQueue())).isEqualTo(50);
        assertThat(Ops.workQueue()).startsWith(OpsTestProfile.PREFIX);
    }
}
