package com.applicationmanager.access;

import static com.applicationmanager.testing.ApplicationRequestBuilder.anApplication;
import static com.applicationmanager.testing.Credentials.asAdmin;
import static com.applicationmanager.testing.Credentials.asClient;
import static com.applicationmanager.testing.Credentials.newClient;
import static com.applicationmanager.testing.JobPostingBuilder.aPosting;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.applicationmanager.testing.Credentials.NewClient;
import com.applicationmanager.testing.LiveClient;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Two clients in two tenants, against the real services (role "all"): every operation that takes an
 * application id, a posting id or a tenant answers another tenant exactly as if the object did not exist,
 * and refuses a caller without a key, over REST, Server-Sent Events and WebSocket alike.
 */
@QuarkusTest
class CrossTenantAccessTest {

    private NewClient owner;
    private NewClient stranger;
    private String baseUrl;

    @BeforeEach
    void twoTenants() {
        owner = newClient("free", null);
        stranger = newClient("free", null);
        baseUrl = "http://127.0.0.1:" + RestAssured.port;
    }

    @Test
    void anotherTenantsApplicationIsNotFoundForEveryOperation() {
        String id = submit(owner, "ada@example.org");
        String notFound = asClient(owner.key()).get("/api/v1/applications/{id}", UUID.randomUUID()).then()
                .statusCode(404).extract().path("detail").toString().replaceAll("[0-9a-f-]{36}", "ID");

        asClient(stranger.key()).get("/api/v1/applications/{id}", id).then().statusCode(404)
                .contentType("application/problem+json");
        assertThat(asClient(stranger.key()).get("/api/v1/applications?tenant=" + owner.tenant()).then().statusCode(200)
                .extract().jsonPath().getList("items.id")).doesNotContain(id);
        asClient(stranger.key()).post("/api/v1/applications/{id}/withdraw", id).then().statusCode(404);
        asClient(stranger.key()).delete("/api/v1/applications/{id}", id).then().statusCode(404);
        String sseDetail = asClient(stranger.key()).accept("text/event-stream").get("/api/v1/applications/{id}/events", id)
                .then().statusCode(404).contentType("application/problem+json").extract().path("detail");
        assertThat(sseDetail.replace(id, "ID")).as("the same answer as for an id that does not exist").isEqualTo(notFound);
        assertThat(LiveClient.refusedHandshake(baseUrl, "/api/v1/applications/" + id + "/events", stranger.key()))
                .isEqualTo(404);

        awaitStatus(owner, id, "COMPLETED");
        assertThat(asClient(owner.key()).get("/api/v1/applications/{id}", id).then().extract().<String>path("status"))
                .as("the stranger's withdrawal changed nothing").isEqualTo("COMPLETED");
    }

    @Test
    void anotherTenantsStreamIsRefusedAndCarriesNoneOfItsEvents() {
        String tenantPath = "/api/v1/tenants/" + owner.tenant() + "/events";
        asClient(stranger.key()).accept("text/event-stream").get(tenantPath).then().statusCode(404)
                .contentType("application/problem+json");
        assertThat(LiveClient.refusedHandshake(baseUrl, tenantPath, stranger.key())).isEqualTo(404);

        String strangerPath = "/api/v1/tenants/" + stranger.tenant() + "/events";
        try (LiveClient ownStream = LiveClient.webSocket(baseUrl, tenantPath, owner.key());
                LiveClient strangerSocket = LiveClient.webSocket(baseUrl, strangerPath, stranger.key());
                LiveClient strangerSse = LiveClient.serverSentEvents(baseUrl, strangerPath, stranger.key())) {
            String id = submit(owner, "grace@example.org");
            String marker = submit(stranger, "marker@example.org");
            await().atMost(Duration.ofSeconds(20)).until(() -> completed(ownStream, id));
            // the stranger's own application completing on its streams shows they were live all along
            for (LiveClient stream : new LiveClient[] { strangerSocket, strangerSse }) {
                await().atMost(Duration.ofSeconds(20)).until(() -> completed(stream, marker));
                assertThat(stream.received()).as("no event of another tenant")
                        .allSatisfy(r -> assertThat(r.event().path("tenant").asText()).isEqualTo(stranger.tenant()));
            }
        }
    }

    @Test
    void withoutCredentialsEveryOperationIs401AndNoUpgradeHappens() {
        String id = submit(owner, "nokey@example.org");
        String posting = aPosting().create(owner.key());
        Map<String, Object> postingBody = aPosting().withId(posting).json();
        for (RequestSpecification anonymous : new RequestSpecification[] { given(), given().header("X-API-Key", "not-a-key") }) {
            anonymous.get("/api/v1/applications/{id}", id).then().statusCode(401);
        }
        given().get("/api/v1/applications").then().statusCode(401);
        given().post("/api/v1/applications/{id}/withdraw", id).then().statusCode(401);
        given().delete("/api/v1/applications/{id}", id).then().statusCode(401);
        given().accept("text/event-stream").get("/api/v1/applications/{id}/events", id).then().statusCode(401);
        given().accept("text/event-stream").get("/api/v1/tenants/{tenant}/events", owner.tenant()).then().statusCode(401);
        given().get("/api/v1/postings/{id}", posting).then().statusCode(401);
        given().get("/api/v1/postings").then().statusCode(401);
        given().contentType(ContentType.JSON).body(postingBody).put("/api/v1/postings/{id}", posting).then().statusCode(401);
        given().post("/api/v1/postings/{id}/close", posting).then().statusCode(401);
        given().contentType(ContentType.JSON).body(aPosting().json()).post("/api/v1/postings").then().statusCode(401);
        for (String path : new String[] { "/api/v1/applications/" + id + "/events", "/api/v1/tenants/" + owner.tenant() + "/events" }) {
            assertThat(LiveClient.refusedHandshake(baseUrl, path, Map.of())).as(path).isEqualTo(401);
            assertThat(LiveClient.refusedHandshake(baseUrl, path, "not-a-key")).as(path).isEqualTo(401);
        }
    }

    @Test
    void anOperatorMayWatchAnyStream() {
        Map<String, String> basic = Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (config("app.admin.username") + ":" + config("app.admin.password")).getBytes(StandardCharsets.UTF_8)));
        String tenantPath = "/api/v1/tenants/" + owner.tenant() + "/events";
        try (LiveClient tenantSocket = LiveClient.webSocket(baseUrl, tenantPath, basic)) {
            String id = submit(owner, "operator@example.org");
            String applicationPath = "/api/v1/applications/" + id + "/events";
            try (LiveClient socket = LiveClient.webSocket(baseUrl, applicationPath, basic)) {
                await().atMost(Duration.ofSeconds(20)).until(() -> completed(socket, id) && completed(tenantSocket, id));
            }
            asAdmin().accept("text/event-stream").get("/api/v1/applications/{id}/events", UUID.randomUUID())
                    .then().statusCode(404);
        }
    }

    @Test
    void anotherTenantsPostingCannotBeReadChangedOrClosedAndItsIdIsFreeForOthers() {
        String id = "req-" + UUID.randomUUID().toString().substring(0, 8);
        asClient(owner.key()).contentType(ContentType.JSON).body(aPosting().withId(id).withRequiredSkills("Java").json())
                .post("/api/v1/postings").then().statusCode(201);

        asClient(stranger.key()).get("/api/v1/postings/{id}", id).then().statusCode(404).contentType("application/problem+json");
        asClient(stranger.key()).contentType(ContentType.JSON).body(aPosting().withId(id).withRequiredSkills("COBOL").json())
                .put("/api/v1/postings/{id}", id).then().statusCode(404);
        asClient(stranger.key()).post("/api/v1/postings/{id}/close", id).then().statusCode(404);
        assertThat(asClient(stranger.key()).get("/api/v1/postings").then().statusCode(200).extract().jsonPath()
                .getList("items.id")).doesNotContain(id);

        var kept = asClient(owner.key()).get("/api/v1/postings/{id}", id).then().statusCode(200).extract();
        assertThat(kept.<String>path("status")).isEqualTo("OPEN");
        assertThat(kept.jsonPath().getList("requiredSkills")).containsExactly("Java");
        submit(owner, "still-open@example.org", id);

        asClient(stranger.key()).contentType(ContentType.JSON).body(aPosting().withId(id).json())
                .post("/api/v1/postings").then().statusCode(201);
        asClient(owner.key()).contentType(ContentType.JSON).body(aPosting().withId(id).json())
                .post("/api/v1/postings").then().statusCode(409);
        asAdmin().get("/api/v1/postings/{id}?tenant=" + owner.tenant(), id).then().statusCode(200);
        asAdmin().get("/api/v1/postings/{id}", id).then().statusCode(400);
    }

    @Test
    void duplicateDetectionLooksOnlyWithinTheTenant() {
        String first = submit(owner, "twice@example.org");
        awaitStatus(owner, first, "COMPLETED");
        String other = submit(stranger, "twice@example.org");
        awaitStatus(stranger, other, "COMPLETED");
        String again = submit(owner, "twice@example.org");
        awaitStatus(owner, again, "COMPLETED");

        assertThat(duplicateOf(stranger, other)).as("another tenant's candidate is no duplicate").isNull();
        assertThat(duplicateOf(owner, again)).as("within the tenant it still is").isEqualTo(first);
    }

    private static String duplicateOf(NewClient client, String id) {
        return asClient(client.key()).get("/api/v1/applications/{id}", id).then().extract().path("result.duplicateOf");
    }

    private static String submit(NewClient client, String email) {
        return submit(client, email, "eng-backend-042");
    }

    private static String submit(NewClient client, String email, String posting) {
        return asClient(client.key()).contentType(ContentType.JSON)
                .body(anApplication().with("email", email).with("jobPostingId", posting).build())
                .post("/api/v1/applications").then().statusCode(202).extract().path("id");
    }

    private static void awaitStatus(NewClient client, String id, String status) {
        await().atMost(Duration.ofSeconds(20)).until(() -> status.equals(
                asClient(client.key()).get("/api/v1/applications/{id}", id).then().extract().path("status")));
    }

    private static boolean completed(LiveClient client, String id) {
        return client.received().stream().anyMatch(r -> r.event().path("applicationId").asText().equals(id)
                && r.status().equals("COMPLETED"));
    }

    private static String config(String key) {
        return ConfigProvider.getConfig().getValue(key, String.class);
    }
}
