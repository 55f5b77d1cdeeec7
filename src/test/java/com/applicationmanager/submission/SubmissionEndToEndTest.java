package com.applicationmanager.submission;

import static com.applicationmanager.testing.ApplicationRequestBuilder.anApplication;
import static com.applicationmanager.testing.Credentials.asClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.applicationmanager.testing.JobPostingBuilder;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class SubmissionEndToEndTest {

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "app.database-schema")
    String schema;

    @BeforeEach
    void openPosting() {
        JobPostingBuilder.ensureOpen("eng-backend-042"); // the posting of the example and the builder
    }

    @Test
    void exampleApplicationTravelsThroughTheBrokerToCompleted() throws Exception {
        Response accepted = asClient().contentType(ContentType.JSON)
                .body(Files.readString(Path.of("docs/examples/application.json")))
                .post("/api/v1/applications");

        accepted.then().statusCode(202)
                .header("Location", startsWith("http"))
                .body("status", equalTo("RECEIVED"));
        String id = accepted.jsonPath().getString("id");
        assertThat(accepted.header("Location")).endsWith("/api/v1/applications/" + id);
        assertThat(accepted.jsonPath().getString("statusUrl")).isEqualTo(accepted.header("Location"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> asClient().get("/api/v1/applications/{id}", id)
                .then().statusCode(200).body("status", equalTo("COMPLETED")));

        Response view = asClient().get("/api/v1/applications/{id}", id);
        List<String> timeline = view.jsonPath().getList("timeline.status");
        assertThat(timeline).containsExactly("RECEIVED", "PROCESSING", "COMPLETED");
        assertThat(view.jsonPath().getString("result.email")).isEqualTo("ada.lovelace@example.org");
        assertThat(view.jsonPath().getString("result.candidateName")).isEqualTo("Ada Lovelace");
        assertThat(view.jsonPath().getString("result.phone")).isEqualTo("+442079460958");
        // the outbox row is gone only once the broker confirmed the publish
        assertThat(com.applicationmanager.testing.Rows.count(dataSource,
                "select count(*) from " + schema + ".outbox where application_id = ?", UUID.fromString(id))).isZero();
    }

    @Test
    void unknownApplicationAnswers404Problem() {
        asClient().get("/api/v1/applications/{id}", UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void eachSubmissionGetsItsOwnId() {
        String first = asClient().contentType(ContentType.JSON).body(anApplication().build())
                .post("/api/v1/applications").then().statusCode(202).extract().path("id");
        String second = asClient().contentType(ContentType.JSON).body(anApplication().build())
                .post("/api/v1/applications").then().statusCode(202).extract().path("id");
        assertThat(first).isNotEqualTo(second);
    }
}
