package com.applicationmanager.posting;

import static com.applicationmanager.testing.ApplicationRequestBuilder.anApplication;
import static com.applicationmanager.testing.JobPostingBuilder.aPosting;
import static com.applicationmanager.testing.Credentials.asClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.applicationmanager.testing.Rows;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The intake's side of postings: needs {@code JobPostings.requireOpen} in the submission path. */
@QuarkusTest
class PostingRefusalTest {

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "app.database-schema")
    String schema;

    @Test
    void anApplicationToAnUnknownPostingIsRefusedWith422AndNothingIsStored() {
        // the relay deletes rows of earlier tests meanwhile: count only what was written from now on
        Timestamp started = Timestamp.from(Instant.now());

        asClient().contentType(ContentType.JSON).body(anApplication().with("jobPostingId", "never-posted-7").build())
                .post("/api/v1/applications")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:problem:unknown-job-posting"))
                .body("detail", containsString("never-posted-7"));

        assertThat(applicationsTo("never-posted-7")).isZero();
        assertThat(Rows.count(dataSource, "select count(*) from " + schema + ".outbox where created_at >= ?", started))
                .isZero();
    }

    @Test
    void anApplicationToAClosedPostingIsRefusedWith422AndNothingIsStored() {
        String id = aPosting().create();
        asClient().contentType(ContentType.JSON).body(anApplication().with("jobPostingId", id).build())
                .post("/api/v1/applications").then().statusCode(202);
        asClient().post("/api/v1/postings/{id}/close", id).then().statusCode(200);

        asClient().contentType(ContentType.JSON).body(anApplication().with("jobPostingId", id).build())
                .post("/api/v1/applications")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:problem:job-posting-closed"))
                .body("title", equalTo("Job posting closed"));

        assertThat(applicationsTo(id)).as("only the application sent while it was open").isOne();
    }

    private long applicationsTo(String postingId) {
        return Rows.count(dataSource, "select count(*) from " + schema + ".application where job_posting_id = ?", (Object) postingId);
    }
}
