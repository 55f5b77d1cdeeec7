package com.applicationmanager.testing;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Requests with credentials: {@code asClient().body(...).post(...)}. The test profile's bootstrap client
 * key and operator password come from application.properties ({@code %test.}), read through config.
 */
public final class Credentials {

    public static final String API_KEY_HEADER = "X-API-Key";

    private Credentials() {
    }

    public static String clientKey() {
        return ConfigProvider.getConfig().getValue("app.bootstrap-client.key", String.class);
    }

    /** As the bootstrap client of the test profile (no rate limit). */
    public static RequestSpecification asClient() {
        return asClient(clientKey());
    }

    public static RequestSpecification asClient(String key) {
        return given().header(API_KEY_HEADER, key);
    }

    /** With the operator credential (role admin). */
    public static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic(
                ConfigProvider.getConfig().getValue("app.admin.username", String.class),
                ConfigProvider.getConfig().getValue("app.admin.password", String.class));
    }

    /** As a person at the dashboard: signed in through the sign-in form, carrying its session cookie. */
    public static RequestSpecification asSignedInOperator() {
        String session = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", ConfigProvider.getConfig().getValue("app.admin.username", String.class))
                .formParam("j_password", ConfigProvider.getConfig().getValue("app.admin.password", String.class))
                .post("/j_security_check").then().statusCode(302).extract().cookie("quarkus-credential");
        return given().cookie("quarkus-credential", session);
    }

    /**
     * A client of its own, made through the admin API: a unique name and tenant, the given tier and limit, and
     * its tenant's copy of the example posting.
     */
    public static NewClient newClient(String tier, Integer rateLimitPerMinute) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>(Map.of("name", "test-" + suffix, "tenant", "tenant-" + suffix,
                "tier", tier));
        if (rateLimitPerMinute != null) {
            body.put("rateLimitPerMinute", rateLimitPerMinute);
        }
        var created = asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/admin/clients")
                .then().statusCode(201).extract();
        NewClient client = new NewClient(UUID.fromString(created.path("client.id")), created.path("client.tenant"),
                created.path("apiKey"));
        // postings belong to a tenant: the new one gets its own copy of the posting the example application names,
        // made by the operator so that it costs the client nothing of its rate limit
        int status = asAdmin().contentType(ContentType.JSON).queryParam("tenant", client.tenant())
                .body(JobPostingBuilder.aPosting().withId("eng-backend-042").json()).post("/api/v1/postings").statusCode();
        if (status != 201) {
            throw new IllegalStateException("Could not open the example posting for " + client.tenant() + ": HTTP " + status);
        }
        return client;
    }

    public record NewClient(UUID id, String tenant, String key) {
    }
}
