package com.applicationmanager.submission;

import static com.applicationmanager.testing.ApplicationRequestBuilder.anApplication;
import static com.applicationmanager.testing.Credentials.asClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.applicationmanager.testing.Credentials;
import com.applicationmanager.testing.JobPostingBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.applicationmanager.testing.Rows;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

@QuarkusTest
class InvalidSubmissionTest {

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "app.database-schema")
    String schema;

    @Test
    void invalidBodyIsRefusedWithAProblemNamingEachFieldAndStoresNothing() {
        long applicationsBefore = Rows.count(dataSource, schema, "application");
        // the relay deletes rows of earlier tests meanwhile: count only what was written from now on
        Timestamp started = Timestamp.from(Instant.now());

        asClient().contentType(ContentType.JSON)
                .body(anApplication().with("email", "not-an-email").without("candidateName")
                        .without("resumeText").with("type", "Not A Type").build())
                .post("/api/v1/applications")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", containsInAnyOrder("candidateName", "email", "resume", "type"))
                .body(not(containsString("Exception")));

        assertThat(Rows.count(dataSource, schema, "application")).isEqualTo(applicationsBefore);
        assertThat(Rows.count(dataSource, "select count(*) from " + schema + ".outbox where created_at >= ?", started))
                .isZero();
    }

    @Test
    void malformedJsonIsA400Problem() {
        asClient().contentType(ContentType.JSON).body("{\"candidateName\": ")
                .post("/api/v1/applications")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body(not(containsString("jackson")));
    }

    @Test
    void wrongTypeNamesTheField() {
        asClient().contentType(ContentType.JSON).body(anApplication().with("screeningAnswers", "yes").build())
                .post("/api/v1/applications")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("screeningAnswers"));
    }

    @Test
    void emptyBodyIsA400Problem() {
        asClient().contentType(ContentType.JSON).post("/api/v1/applications")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void chunkedBodyOverTheLimitIsA413ProblemAndStoresNothing() throws Exception {
        long applicationsBefore = Rows.count(dataSource, schema, "application");
        byte[] padded = new ObjectMapper().writeValueAsBytes(anApplication().with("resumeText", "x".repeat(1_100_000)).build());
        // no declared length: the body arrives chunked and the limit is met while reading it
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + RestAssured.port + "/api/v1/applications"))
                .header("Content-Type", "application/json").header("X-API-Key", Credentials.clientKey())
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(padded)))
                .build(), BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("larger than the limit");
        assertThat(Rows.count(dataSource, schema, "application")).isEqualTo(applicationsBefore);
    }

    @Test
    void aSubmissionOverHttp2IsReadAsOverHttp1() throws Exception {
        JobPostingBuilder.ensureOpen("eng-backend-042");
        byte[] body = new ObjectMapper().writeValueAsBytes(anApplication().build());
        // Java's client upgrades to HTTP/2 (h2c), as the fault suite's does: the body arrives in HTTP/2 frames
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/applications"))
                        .header("Content-Type", "application/json").header("X-API-Key", Credentials.clientKey())
                        .POST(BodyPublishers.ofByteArray(body)).build(), BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
    }
}
