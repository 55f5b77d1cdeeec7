package com.applicationmanager.submission;

import static com.applicationmanager.testing.ApplicationRequestBuilder.anApplication;
import static com.applicationmanager.testing.Credentials.asClient;
import static com.applicationmanager.testing.Credentials.newClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.applicationmanager.testing.Credentials.NewClient;
import com.applicationmanager.testing.Rows;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class BulkImportTest {

    private static final String BULK = "/api/v1/applications/bulk";

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "app.database-schema")
    String schema;

    @Test
    void validItemsAreStoredAndEachInvalidOneGetsItsOwnProblemInOrder() {
        NewClient client = newClient("free", null);
        List<Map<String, Object>> items = List.of(
                anApplication().withCandidateName("Bulk One").build(),
                anApplication().with("email", "not an address").build(),
                anApplication().withCandidateName("Bulk Three").with("idempotencyKey", "bulk-key-3").build(),
                anApplication().with("jobPostingId", "never-posted-bulk").build(),
                anApplication().with("coverLeter", "misspelt").build());

        Response answer = bulk(client, ContentType.JSON.toString(), items);

        answer.then().statusCode(200).body("errors", equalTo(true))
                .body("items[0].index", equalTo(0)).body("items[0].status", equalTo(202))
                .body("items[0].applicationStatus", equalTo("RECEIVED"))
                .body("items[1].status", equalTo(400)).body("items[1].problem.violations[0].field", equalTo("email"))
                .body("items[1].id", nullValue())
                .body("items[2].status", equalTo(202))
                .body("items[3].status", equalTo(422)).body("items[3].problem.type", equalTo("urn:problem:unknown-job-posting"))
                .body("items[4].status", equalTo(400)).body("items[4].problem.violations[0].field", equalTo("coverLeter"));
        String first = answer.jsonPath().getString("items[0].id");
        assertThat(answer.jsonPath().getString("items[0].statusUrl")).endsWith("/api/v1/applications/" + first);
        assertThat(applicationsOf(client)).isEqualTo(2);
        assertThat(Rows.count(dataSource, "select count(*) from " + schema + ".outbox o join " + schema
                + ".application a on a.id = o.application_id where a.tenant = ?", (Object) client.tenant()))
                .as("outbox rows are deleted once published, never more than one each").isLessThanOrEqualTo(2);
    }

    @Test
    void aRetriedImportWithKeysAnswersTheSameIdsAndStoresNothingMore() {
        NewClient client = newClient("free", null);
        List<Map<String, Object>> items = List.of(
                anApplication().withCandidateName("Retry One").with("idempotencyKey", "import-1").build(),
                anApplication().withCandidateName("Retry Two").with("idempotencyKey", "import-2").build());

        Response first = bulk(client, ContentType.JSON.toString(), items);
        Response again = bulk(client, ContentType.JSON.toString(), items);

        first.then().statusCode(200).body("errors", equalTo(false)).body("items[0].replayed", nullValue());
        again.then().statusCode(200).body("errors", equalTo(false)).body("items[0].replayed", equalTo(true))
                .body("items[1].replayed", equalTo(true));
        assertThat(again.jsonPath().getList("items.id")).isEqualTo(first.jsonPath().getList("items.id"));
        assertThat(applicationsOf(client)).isEqualTo(2);
    }

    @Test
    void moreThanAThousandItemsIs413AndStoresNothing() {
        NewClient client = newClient("free", null);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i <= BulkItems.MAX_ITEMS; i++) {
            items.add(anApplication().withCandidateName("Too Many " + i).build());
        }

        bulk(client, ContentType.JSON.toString(), items).then().statusCode(413)
                .contentType("application/problem+json").body("type", equalTo("urn:problem:too-many-items"));
        assertThat(applicationsOf(client)).isZero();
    }

    @Test
    void ndjsonWithABrokenLineInTheMiddleStoresTheOthers() throws Exception {
        NewClient client = newClient("free", null);
        String body = json.writeValueAsString(anApplication().withCandidateName("Line One").build()) + "\n"
                + "{\"candidateName\": \"Line Two\", \"email\": \n"
                + "\n"
                + json.writeValueAsString(anApplication().withCandidateName("Line Three").build()) + "\n";

        Response answer = asClient(client.key()).contentType("application/x-ndjson")
                .body(body.getBytes(StandardCharsets.UTF_8)).post(BULK);

        answer.then().statusCode(200).body("errors", equalTo(true))
                .body("items.size()", equalTo(3))
                .body("items[0].status", equalTo(202))
                .body("items[1].status", equalTo(400)).body("items[1].problem.detail", equalTo("The request body is not valid JSON"))
                .body("items[2].index", equalTo(2)).body("items[2].status", equalTo(202));
        assertThat(applicationsOf(client)).isEqualTo(2);
    }

    @Test
    void eachStoredItemCountsAgainstTheRateLimit() {
        NewClient client = newClient("free", 3);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(anApplication().withCandidateName("Limited " + i).build());
        }

        bulk(client, ContentType.JSON.toString(), items).then().statusCode(200).body("errors", equalTo(true))
                .body("items.status", equalTo(List.of(202, 202, 202, 429, 429)))
                .body("items[3].problem.type", equalTo("urn:problem:rate-limited"));
        assertThat(applicationsOf(client)).isEqualTo(3);
    }

    private static Response bulk(NewClient client, String contentType, Object items) {
        return asClient(client.key()).contentType(contentType).body(items).post(BULK);
    }

    private long applicationsOf(NewClient client) {
        return Rows.count(dataSource, "select count(*) from " + schema + ".application where tenant = ?", (Object) client.tenant());
    }
}
