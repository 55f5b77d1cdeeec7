package com.applicationmanager.baseline;

import static com.applicationmanager.testing.ApplicationRequestBuilder.anApplication;
import static com.applicationmanager.testing.Credentials.asClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.applicationmanager.testing.JobPostingBuilder;
import com.applicationmanager.testing.Rows;

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

    private long count(String sql, UUID id) {
        return Rows.count(dataSource, sql.formatted(schema), id);
    }
}
