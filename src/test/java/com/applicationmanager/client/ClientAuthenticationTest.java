package com.applicationmanager.client;

import static com.applicationmanager.testing.ApplicationRequestBuilder.anApplication;
import static com.applicationmanager.testing.Credentials.asAdmin;
import static com.applicationmanager.testing.Credentials.asClient;
import static com.applicationmanager.testing.Credentials.newClient;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.applicationmanager.testing.Credentials.NewClient;
import com.applicationmanager.testing.Rows;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ClientAuthenticationTest {

    private static final String APPLICATIONS = "/api/v1/applications";
    private static final String CLIENTS = "/api/v1/admin/clients";

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "app.database-schema")
    String schema;

    @Test
    void aSubmissionWithoutAKeyIs401AndStoresNothing() {
        long before = Rows.count(dataSource, schema, "application");
        unauthorized(submit(given()), "X-API-Key");
        assertThat(Rows.count(dataSource, schema, "application")).isEqualTo(before);
    }

    @Test
    void anUnknownKeyIs401() {
        unauthorized(submit(asClient("amk_this-key-was-never-issued-by-anyone")), "not valid");
        unauthorized(submit(asClient("")), "not valid");
        unauthorized(submit(asClient("x".repeat(5_000))), "not valid");
    }

    @Test
    void aRevokedClientsKeyIs401() {
        NewClient client = newClient("free", null);
        submit(asClient(client.key())).statusCode(202);

        asAdmin().delete(CLIENTS + "/{id}", client.id()).then().statusCode(204);

        unauthorized(submit(asClient(client.key())), "revoked");
        unauthorized(asClient(client.key()).get(APPLICATIONS + "/{id}", client.id()).then(), "revoked");
    }

    @Test
    void aRotatedKeyStopsAtOnceWithoutOverlapAndTheNewOneWorks() {
        NewClient client = newClient("free", null);
        submit(asClient(client.key())).statusCode(202); // now remembered as valid (KeyAuthenticator)
        String newKey = asAdmin().post(CLIENTS + "/{id}/keys", client.id()).then().statusCode(201)
                .extract().path("apiKey");

        unauthorized(submit(asClient(client.key())), "revoked");
        submit(asClient(newKey)).statusCode(202);
    }

    @Test
    void aRotatedKeyKeepsWorkingDuringTheOverlap() {
        NewClient client = newClient("free", null);
        String newKey = asAdmin().queryParam("overlapSeconds", 3600).post(CLIENTS + "/{id}/keys", client.id())
                .then().statusCode(201)
                .body("client.keys.size()", equalTo(2))
                .body("client.keys[0].expiresAt", org.hamcrest.Matchers.notNullValue())
                .extract().path("apiKey");

        submit(asClient(client.key())).statusCode(202);
        submit(asClient(newKey)).statusCode(202);
    }

    @Test
    void aClientKeyOnAnAdminPathIs403() {
        asClient().get(CLIENTS).then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    void theOperatorCredentialCannotSubmitButCanReadAnApplication() {
        submit(asAdmin()).statusCode(403).contentType("application/problem+json");
        String id = submit(asClient()).statusCode(202).extract().path("id");
        asAdmin().get(APPLICATIONS + "/{id}", id).then().statusCode(200);
    }

    @Test
    void aWrongOperatorPasswordOrNoCredentialIs401OnAdminPaths() {
        unauthorized(given().auth().preemptive().basic("admin", "guess").get(CLIENTS).then(), "operator credential");
        unauthorized(given().get(CLIENTS).then(), "X-API-Key");
    }

    private static ValidatableResponse submit(RequestSpecification request) {
        return request.contentType(ContentType.JSON).body(anApplication().build()).post(APPLICATIONS).then();
    }

    private static void unauthorized(ValidatableResponse response, String detail) {
        response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("X-API-Key"))
                .body("status", equalTo(401))
                .body("type", equalTo("urn:problem:unauthorized"))
                .body("detail", containsString(detail));
    }
}
