package com.applicationmanager.withdrawal;

import static com.applicationmanager.testing.ApplicationRequestBuilder.anApplication;
import static com.applicationmanager.testing.Credentials.asClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.applicationmanager.testing.BrokerProbe;
import com.applicationmanager.testing.JobPostingBuilder;
import com.applicationmanager.testing.ObservedNotifications;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(WithdrawalProfile.class)
class WithdrawalTest {

    private ObservedNotifications notifications;

    @BeforeEach
    void observeNotifications() {
        JobPostingBuilder.ensureOpen("eng-backend-042"); // the posting the builder names
        notifications = new ObservedNotifications(new BrokerProbe(), WithdrawalProfile.PREFIX);
    }

    @AfterEach
    void cleanUp() throws Exception {
        notifications.close();
    }

    @Test
    void queuedAndInFlightApplicationsEndWithdrawnWithoutCompletingOrNotifying() {
        String inFlight = submit();
        String queued = submit();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> asClient().get("/api/v1/applications/{id}", inFlight)
                .then().body("status", equalTo("PROCESSING")));

        asClient().post("/api/v1/applications/{id}/withdraw", queued).then().statusCode(204);
        asClient().delete("/api/v1/applications/{id}", inFlight).then().statusCode(204);
        String control = submit();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> asClient().get("/api/v1/applications/{id}", control)
                .then().body("status", equalTo("COMPLETED")));
        for (String id : List.of(inFlight, queued)) {
            asClient().get("/api/v1/applications/{id}", id).then().body("status", equalTo("WITHDRAWN"));
            List<String> timeline = asClient().get("/api/v1/applications/{id}", id).jsonPath().getList("timeline.status");
            assertThat(timeline).doesNotContain("COMPLETED").endsWith("WITHDRAWN");
        }
        List<String> queuedTimeline = asClient().get("/api/v1/applications/{id}", queued).jsonPath().getList("timeline.status");
        assertThat(queuedTimeline).as("the queued one was never processed").containsExactly("RECEIVED", "WITHDRAWN");

        List<String> notified = notifications.take();
        assertThat(notified).as("only the control application was announced").hasSize(1);
        assertThat(notified.get(0)).contains(control).doesNotContain(inFlight).doesNotContain(queued);
    }

    @Test
    void aCompletedApplicationCannotBeWithdrawn() {
        String id = submit();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> asClient().get("/api/v1/applications/{id}", id)
                .then().body("status", equalTo("COMPLETED")));
        asClient().post("/api/v1/applications/{id}/withdraw", id)
                .then().statusCode(409).contentType("application/problem+json");
    }

    private static String submit() {
        return asClient().contentType(ContentType.JSON).body(anApplication().build())
                .post("/api/v1/applications").then().statusCode(202).extract().path("id");
    }
}
