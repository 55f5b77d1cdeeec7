package com.applicationmanager.client;

import static com.applicationmanager.testing.ApplicationRequestBuilder.anApplication;
import static com.applicationmanager.testing.Credentials.asAdmin;
import static com.applicationmanager.testing.Credentials.asClient;
import static com.applicationmanager.testing.Credentials.newClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
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
class ClientAdminTest {

    private static final String CLIENTS = "/api/v1/admin/clients";

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "app.database-schema")
    String schema;

    @Test
    void aNewClientsKeyIsShownOnceAndStoredOnlyAsAHash() {
        NewClient client = newClient("enterprise", 600);

        assertThat(client.key()).startsWith(ApiKeys.PREFIX).hasSizeGreaterThan(40);
        String listed = asAdmin().get(CLIENTS).then().statusCode(200)
                .body("id", hasItem(client.id().toString()))
                .extract().asString();
        assertThat(listed).doesNotContain(client.key());
        asAdmin().get(CLIENTS + "/{id}", client.id()).then().statusCode(200)
                .body("tier", equalTo("enterprise"))
                .body("rateLimitPerMinute", equalTo(600))
                .body("keys[0].prefix", startsWith(ApiKeys.PREFIX))
                .body("apiKey", equalTo(null));
        assertThat(Rows.count(dataSource, "select count(*) from " + schema + ".api_key where client_id = ? and key_hash = sha256(?::bytea)",
                client.id(), client.key())).isEqualTo(1);
        assertThat(Rows.count(dataSource, "select count(*) from " + schema + ".api_key where client_id = ? and key_prefix = ?",
                client.id(), client.key())).isZero();
    }

    @Test
    void aClientCannotSeeAnotherTenantsApplication() {
        String id = asClient(newClient("free", null).key()).contentType(ContentType.JSON).body(anApplication().build())
                .post("/api/v1/applications").then().statusCode(202).extract().path("id");

        asClient(newClient("free", null).key()).get("/api/v1/applications/{id}", id).then().statusCode(404)
                .contentType("application/problem+json");
        asAdmin().get("/api/v1/applications/{id}", id).then().statusCode(200);
    }

    @Test
    void submissionsTakeTenantAndTierFromTheClientsKey() {
        NewClient client = newClient("enterprise", null);
        String id = asClient(client.key()).contentType(ContentType.JSON).body(anApplication().build())
                .post("/api/v1/applications").then().statusCode(202).extract().path("id");

        asClient(client.key()).get("/api/v1/applications/{id}", id).then().statusCode(200)
                .body("tenant", equalTo(client.tenant()));
        assertThat(Rows.count(dataSource, "select count(*) from " + schema
                + ".application where id = ? and tenant = ? and tier = 'enterprise'", UUID.fromString(id), client.tenant()))
                .isEqualTo(1);
    }

    @Test
    void aTakenNameIs409AndAnInvalidClientIs400() {
        NewClient client = newClient("free", null);
        String name = asAdmin().get(CLIENTS + "/{id}", client.id()).then().extract().path("name");

        asAdmin().contentType(ContentType.JSON).body(Map.of("name", name, "tenant", "t", "tier", "free"))
                .post(CLIENTS).then().statusCode(409).contentType("application/problem+json");
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "ok-name", "tenant", "Not A Tenant", "tier", "free",
                "rateLimitPerMinute", 0))
                .post(CLIENTS).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("tenant"))
                .body("violations.field", hasItem("rateLimitPerMinute"));
    }

    @Test
    void anUnknownTierIsRefusedAndAClientWithoutALimitGetsTheDefaultOne() {
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "platinum-" + UUID.randomUUID(), "tenant", "t",
                "tier", "platinum"))
                .post(CLIENTS).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("tier"));

        NewClient client = newClient("free", null);
        asAdmin().get(CLIENTS + "/{id}", client.id()).then().statusCode(200).body("rateLimitPerMinute", equalTo(600));
    }

    @Test
    void anUnknownClientIs404() {
        asAdmin().get(CLIENTS + "/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        asAdmin().delete(CLIENTS + "/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void revokedClientsAreListedOnlyWhenAskedFor() {
        NewClient client = newClient("free", null);
        asAdmin().delete(CLIENTS + "/{id}", client.id()).then().statusCode(204);

        asAdmin().get(CLIENTS).then().statusCode(200).body("id", not(hasItem(client.id().toString())));
        asAdmin().queryParam("includeRevoked", true).get(CLIENTS).then().statusCode(200)
                .body("id", hasItem(client.id().toString()));
    }

    @Test
    void aRevokedClientGetsNoNewKey() {
        NewClient client = newClient("free", null);
        asAdmin().delete(CLIENTS + "/{id}", client.id()).then().statusCode(204);

        // a key it could never use: the answer says so instead of issuing one
        asAdmin().post(CLIENTS + "/{id}/keys", client.id()).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:problem:client-revoked"));
        assertThat(Rows.count(dataSource, "select count(*) from " + schema + ".api_key where client_id = ? and revoked_at is null",
                client.id()))
                .isZero();
    }
}
