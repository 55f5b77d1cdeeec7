package com.applicationmanager.web;

import static com.applicationmanager.testing.Credentials.asAdmin;
import static com.applicationmanager.testing.Credentials.asClient;
import static com.applicationmanager.testing.Credentials.asSignedInOperator;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.applicationmanager.testing.Credentials;
import com.applicationmanager.testing.LiveClient;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** What is refused before authentication, and the headers every answer carries. */
@QuarkusTest
class RequestGuardsTest {

    private static final String RESUME = "/api/v1/admin/consumption/resume";

    @Test
    void anEncodedSlashIsRefusedBeforeAnyAuthorisation() {
        for (String path : new String[] { "/admin%2fdashboard/index.html", "/admin%2Fdashboard/", "/api/v1/admin%2fclients",
                "/admin%5cdashboard/index.html" }) {
            given().urlEncodingEnabled(false).get(path).then().statusCode(400).contentType("application/problem+json");
        }
        // the same page unencoded asks for the sign-in: the guard, not a missing page, answered the 400s above
        given().redirects().follow(false).get("/admin/dashboard/index.html").then().statusCode(302)
                .header("Location", containsString("/sign-in.html"));
    }

    @Test
    void aCrossSiteAdminActionIsRefusedEvenWithTheOperatorsSignIn() {
        asAdmin().header("Origin", "https://evil.example").contentType(ContentType.URLENC).formParam("x", "1")
                .post(RESUME).then().statusCode(403).contentType("application/problem+json");
        asAdmin().header("Sec-Fetch-Site", "cross-site").post(RESUME).then().statusCode(403);
        asAdmin().header("Sec-Fetch-Site", "same-site").post("/api/v1/admin/clients/{id}/keys", UUID.randomUUID())
                .then().statusCode(403);
        asAdmin().header("Origin", "null").post(RESUME).then().statusCode(403);
    }

    @Test
    void theDashboardsOwnRequestsAndNonBrowserClientsPass() {
        String self = "http://localhost:" + RestAssured.port;
        asAdmin().header("Origin", self).header("Sec-Fetch-Site", "same-origin").post(RESUME).then().statusCode(200);
        asAdmin().header("Origin", self).post(RESUME).then().statusCode(200);
        asAdmin().post(RESUME).then().statusCode(200);
        asAdmin().header("Origin", "https://evil.example").get("/api/v1/admin/audit").then().statusCode(200);
    }

    @Test
    void aCrossSiteWebSocketIsNotUpgraded() {
        String baseUrl = "http://127.0.0.1:" + RestAssured.port;
        assertThat(LiveClient.refusedHandshake(baseUrl, "/api/v1/tenants/public/events",
                Map.of(Credentials.API_KEY_HEADER, Credentials.clientKey(), "Origin", "https://evil.example")))
                .isEqualTo(403);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndApiAnswersAreNotCached() {
        asClient().get("/api/v1/applications/{id}", UUID.randomUUID()).then().statusCode(404)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Cache-Control", equalTo("private, no-store"));
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", "headers-" + UUID.randomUUID(), "tenant", "headers", "tier", "free"))
                .post("/api/v1/admin/clients").then().statusCode(201)
                .header("Cache-Control", equalTo("private, no-store"));
    }

    @Test
    void theDashboardIsNeitherFramedNorCached() {
        asSignedInOperator().get("/admin/dashboard/index.html").then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", not(containsString("public")))
                .header("Cache-Control", containsString("no-store"));
    }
}
