package com.applicationmanager.submission;

import static com.applicationmanager.testing.ApplicationRequestBuilder.anApplication;
import static com.applicationmanager.testing.Credentials.asClient;
import static com.applicationmanager.testing.Credentials.newClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.applicationmanager.testing.Credentials.NewClient;
import com.applicationmanager.testing.Rows;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class UnknownJobTypeTest {

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "app.database-schema")
    String schema;

    @Test
    void aWellFormedTypeNobodyConfiguredIs422NamingTypeAndStoresNothing() {
        NewClient client = newClient("free", null);
        String key = UUID.randomUUID().toString();

        asClient(client.key()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(anApplication().withType("marketing").build()).post("/api/v1/applications")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:problem:unknown-job-type"))
                .body("detail", containsString("'marketing'"))
                .body("violations.field", contains("type"))
                // the accepted ones, from the test profile: the default-step types and those with their own steps
                .body("violations[0].message", allOf(containsString("engineering"), containsString("screened")));

        assertThat(rowsOf("application", "tenant = ?", client.tenant())).isZero();
        assertThat(rowsOf("idempotency_key", "client_id = ?", client.id())).isZero();
        // the key was not claimed: the same key with a corrected body is a first request, not a conflict
        asClient(client.key()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(anApplication().withType("engineering").build()).post("/api/v1/applications")
                .then().statusCode(202).header(SubmissionResource.REPLAYED_HEADER, (String) null);
    }

    @Test
    void aTypeWithItsOwnStepsIsAcceptedWithoutBeingListedAsADefaultType() {
        NewClient client = newClient("free", null);

        asClient(client.key()).contentType(ContentType.JSON).body(anApplication().withType("screened").build())
                .post("/api/v1/applications").then().statusCode(202);

        assertThat(rowsOf("application", "tenant = ? and type = 'screened'", client.tenant())).isEqualTo(1);
    }

    private long rowsOf(String table, String where, Object parameter) {
        return Rows.count(dataSource, "select count(*) from " + schema + "." + table + " where " + where, parameter);
    }
}
