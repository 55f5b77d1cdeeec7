package com.applicationmanager.baseline;

import static com.applicationmanager.testing.ApplicationRequestBuilder.anApplication;
import static com.applicationmanager.testing.Credentials.asClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.applicationmanager.testing.Credentials;
import com.applicationmanager.testing.JobPostingBuilder;
import com.applicationmanager.testing.Rows;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@TestProfile(BaselineProfile.class)
class BaselineTest {

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "app.database-schema")
    String schema;

    @TestHTTPResource
    URI root;

    @BeforeEach
    void openPosting() {
        JobPostingBuilder.ensureOpen("eng-backend-042");
    }

    @Test
    void applicationIsProcessedInsideTheRequestAndNeverQueued() {
        Response created = asClient().contentType(ContentType.JSON).body(anApplication().build())
                .post("/api/v1/baseline/applications");

        created.then().statusCode(201).body("status", equalTo("COMPLETED"))
                .header("Location", endsWith("/api/v1/applications/" + created.path("id")));
        UUID id = UUID.fromString(created.path("id"));
        // the whole timeline and every step's output exist before the answer; no worker runs in this process
        assertThat(asClient().get("/api/v1/applications/{id}", id).jsonPath().getList("timeline.status"))
                .containsExactly("RECEIVED", "PROCESSING", "COMPLETED");
        assertThat(count("select count(*) from %s.step_result where application_id = ?", id)).isEqualTo(5);
        assertThat(count("select calls from %s.simulated_effect where application_id = ?", id)).isEqualTo(1);
        // its outbox row went in the submission's transaction, so the relay never publishes it
        assertThat(count("select count(*) from %s.outbox where application_id = ?", id)).isZero();
    }

    @Test
    void invalidApplicationIsRefusedAsTheAsynchronousSubmissionRefusesIt() {
        asClient().contentType(ContentType.JSON).body(anApplication().without("email").build())
                .post("/api/v1/baseline/applications")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void moreRequestsAtOnceThanTheExecutorHasThreadsAllComplete() throws Exception {
        // each waits for its notify confirm; on the default executor the publishes would queue behind them
        int requests = 260;
        String body = new ObjectMapper().writeValueAsString(anApplication().build());
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest post = HttpRequest.newBuilder(root.resolve("/api/v1/baseline/applications"))
                .header("X-API-Key", Credentials.clientKey()).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        List<CompletableFuture<HttpResponse<Void>>> answers = IntStream.range(0, requests)
                .mapToObj(i -> http.sendAsync(post, HttpResponse.BodyHandlers.discarding())).toList();

        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.join().statusCode()).isEqualTo(201));
    }

    private long count(String sql, UUID id) {
        return Rows.count(dataSource, sql.formatted(schema), id);
    }
}
