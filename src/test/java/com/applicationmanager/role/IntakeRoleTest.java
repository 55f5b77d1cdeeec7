package com.applicationmanager.role;

import static com.applicationmanager.testing.ApplicationRequestBuilder.anApplication;
import static com.applicationmanager.testing.Credentials.asClient;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.applicationmanager.testing.BrokerProbe;
import com.applicationmanager.testing.JobPostingBuilder;
import com.rabbitmq.client.Channel;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(IntakeOnlyProfile.class)
class IntakeRoleTest {

    private static final String WORK_QUEUE = IntakeOnlyProfile.PREFIX + ".work.free";

    private final BrokerProbe broker = new BrokerProbe();

    @BeforeEach
    void emptyQueue() {
        broker.purge(WORK_QUEUE);
        JobPostingBuilder.ensureOpen("eng-backend-042");
    }

    @AfterEach
    void cleanUp() throws Exception {
        broker.purge(WORK_QUEUE);
        broker.close();
    }

    @Test
    void intakePublishesButNeverConsumes() {
        String id = asClient().contentType(ContentType.JSON).body(anApplication().build())
                .post("/api/v1/applications").then().statusCode(202).extract().path("id");

        await().atMost(Duration.ofSeconds(10)).until(() -> broker.ready(WORK_QUEUE) == 1);
        // the broker counts every consumer of the queue: one shows as soon as it subscribes (the probe's own, here)
        Channel probe = broker.consume(WORK_QUEUE);
        await().atMost(Duration.ofSeconds(5)).until(() -> broker.consumers(WORK_QUEUE) == 1);
        broker.cancel(probe);
        // and this process, started and ready, has none on it (the count cannot drop to zero while it consumes)
        await().atMost(Duration.ofSeconds(5)).until(() -> broker.consumers(WORK_QUEUE) == 0);
        await().atMost(Duration.ofSeconds(5)).until(() -> broker.ready(WORK_QUEUE) == 1);
        asClient().get("/api/v1/applications/{id}", id).then().statusCode(200).body("status", equalTo("RECEIVED"));
        assertThat(new String(broker.peek(WORK_QUEUE).getBody())).contains(id);
    }

    @Test
    void readinessDependsOnTheDatabaseNotOnConsumers() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
    }
}
