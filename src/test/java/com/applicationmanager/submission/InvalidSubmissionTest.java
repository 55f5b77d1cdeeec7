package com.applicationmanager.submission;

import static com.applicationmanager.testing.ApplicationRequestBuilder.anApplication;
import static com.applicationmanager.testing.Credentials.asClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.applicationmanager.testing.Rows;

import io.quarkus.test.junit.QuarkusTest;
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
        long outboxBefore = Rows.count(dataSource, schema, "outbox");

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
        assertThat(Rows.count(dataSource, schema, "outbox")).isEqualTo(outboxBefore);
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
}
