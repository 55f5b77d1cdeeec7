package com.applicationmanager.submission;

import static com.applicationmanager.testing.ApplicationRequestBuilder.anApplication;
import static com.applicationmanager.testing.Credentials.asClient;
import static com.applicationmanager.testing.Credentials.newClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.applicationmanager.testing.Credentials.NewClient;
import com.applicationmanager.testing.Rows;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class IdempotencyTest {

    private static final String APPLICATIONS = "/api/v1/applications";

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "app.database-schema")
    String schema;

    @Test
    void aRepeatedKeyWithTheSameBodyAnswersTheOriginal202AndStoresOneApplication() {
        NewClient client = newClient("free", null);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = anApplication().withCandidateName("Idem Potent").build();

        Response first = submit(client.key(), key, body);
        first.then().statusCode(202).header(SubmissionResource.REPLAYED_HEADER, (String) null);
        Response again = submit(client.key(), key, body);
        again.then().statusCode(202).header(SubmissionResource.REPLAYED_HEADER, "true");

        assertThat(again.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(applicationsOf(client)).isEqualTo(1);
    }

    @Test
    void theSameBodyWrittenDifferentlyIsTheSameRequest() {
        NewClient client = newClient("free", null);
        String key = UUID.randomUUID().toString();
        String compact = "{\"candidateName\":\"Jos\u00e9 N\",\"email\":\"jose@example.org\",\"jobPostingId\":\"eng-backend-042\",\"resumeText\":\"r\",\"type\":\"engineering\"}";
        // other field order, whitespace, and "é" decomposed (e + combining acute): NFC makes it the same text
        String reordered = "{ \"type\": \"engineering\", \"resumeText\": \"r\", \"jobPostingId\": \"eng-backend-042\",\n \"email\": \"jose@example.org\", \"candidateName\": \"Jose\u0301 N\" }";

        String first = submit(client.key(), key, compact).then().statusCode(202).extract().path("id");
        String second = submit(client.key(), key, reordered).then().statusCode(202).extract().path("id");

        assertThat(second).isEqualTo(first);
        assertThat(applicationsOf(client)).isEqualTo(1);
    }

    @Test
    void aRepeatedKeyWithADifferentBodyIs422AndStoresNothingMore() {
        NewClient client = newClient("free", null);
        String key = UUID.randomUUID().toString();
        submit(client.key(), key, anApplication().build()).then().statusCode(202);

        submit(client.key(), key, anApplication().withCandidateName("Someone Else").build()).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem:idempotency-key-reused"));
        assertThat(applicationsOf(client)).isEqualTo(1);
        assertThat(Rows.count(dataSource, "select count(*) from " + schema + ".outbox o join " + schema
                + ".application a on a.id = o.application_id where a.tenant = ?", (Object) client.tenant())).isLessThanOrEqualTo(1);
    }

    @Test
    void keysAreScopedPerClient() {
        NewClient one = newClient("free", null);
        NewClient other = newClient("free", null);
        String key = UUID.randomUUID().toString();

        String first = submit(one.key(), key, anApplication().build()).then().statusCode(202).extract().path("id");
        String second = submit(other.key(), key, anApplication().build()).then().statusCode(202).extract().path("id");

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void anInvalidKeyIs400NamingTheHeader() {
        for (String invalid : List.of("", "x".repeat(256), "has space", "caf\u00e9")) {
            asClient().header("Idempotency-Key", invalid).contentType(ContentType.JSON.withCharset("UTF-8"))
                    .body(anApplication().build()).post(APPLICATIONS)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("Idempotency-Key"));
        }
    }

    @Test
    void concurrentDuplicatesCreateOneApplicationAndAllGetItsId() throws Exception {
        NewClient client = newClient("free", null);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = anApplication().withCandidateName("Con Current").build();
        int callers = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit((Callable<Response>) () -> {
                    start.await();
                    return submit(client.key(), key, body);
                }));
            }
            start.countDown();
            List<String> ids = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get(30, TimeUnit.SECONDS);
                assertThat(response.statusCode()).isEqualTo(202);
                ids.add(response.jsonPath().getString("id"));
            }
            assertThat(ids).hasSize(callers).containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(applicationsOf(client)).isEqualTo(1);
        assertThat(Rows.count(dataSource, "select count(*) from " + schema + ".idempotency_key where client_id = ?",
                client.id())).isEqualTo(1);
    }

    private long applicationsOf(NewClient client) {
        return Rows.count(dataSource, "select count(*) from " + schema + ".application where tenant = ?", (Object) client.tenant());
    }

    private static Response submit(String apiKey, String idempotencyKey, Object body) {
        return asClient(apiKey).header("Idempotency-Key", idempotencyKey).contentType(ContentType.JSON).body(body)
                .post(APPLICATIONS);
    }
}
