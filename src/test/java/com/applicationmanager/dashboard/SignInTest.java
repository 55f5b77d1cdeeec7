package com.applicationmanager.dashboard;

import static com.applicationmanager.admin.testing.Ops.asAdmin;
import static com.applicationmanager.admin.testing.Ops.asClient;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import com.applicationmanager.admin.testing.OpsTestProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** The operator's ways in: the sign-in form and its cookie for the dashboard, Basic for scripts, and the 401 challenges. */
@QuarkusTest
@TestProfile(OpsTestProfile.class)
class SignInTest {

    private static final String COOKIE = "quarkus-credential";

    @Test
    void theDashboardSendsABrowserToTheSignInForm() {
        given().redirects().follow(false).get("/admin/dashboard/")
                .then().statusCode(302).header("Location", endsWith("/sign-in.html"));
        given().get("/sign-in.html").then().statusCode(200).body(containsString("j_security_check"));
    }

    @Test
    void theFormsCookieAuthorisesTheAdminApiUntilSignOut() {
        String session = signIn(OpsTestProfile.ADMIN_PASSWORD).then().statusCode(302).extract().cookie(COOKIE);
        assertThat(session).isNotBlank();

        given().cookie(COOKIE, session).get("/api/v1/admin/session").then().statusCode(200).body("user", equalTo("admin"));
        given().cookie(COOKIE, session).get("/api/v1/admin/queues").then().statusCode(200);
        given().cookie(COOKIE, session).accept("text/html").get("/admin/dashboard/").then().statusCode(200);

        Response signOut = given().cookie(COOKIE, session).redirects().follow(false).post("/api/v1/admin/session/sign-out");
        signOut.then().statusCode(303).header("Location", endsWith("/sign-in.html?signed-out"));
        assertThat(signOut.getDetailedCookie(COOKIE).getValue()).isEmpty();
    }

    @Test
    void aWrongPasswordSetsNoCookieAndShowsTheFormAgain() {
        Response refused = signIn("not-the-password");
        refused.then().statusCode(302).header("Location", containsString("/sign-in.html?failed"));
        assertThat(refused.getCookie(COOKIE)).isNull();
    }

    @Test
    void theApiChallengesWithOneHeaderPerScheme() {
        Response refused = given().get("/api/v1/admin/queues");
        refused.then().statusCode(401).contentType("application/problem+json");
        assertThat(refused.getHeaders().getValues("WWW-Authenticate"))
                .containsExactlyInAnyOrder("ApiKey header=\"X-API-Key\"", "Basic realm=\"application-manager\"");
    }

    @Test
    void scriptsKeepBasicAndClientsTheirKey() {
        asAdmin().get("/api/v1/admin/session").then().statusCode(200).body("user", equalTo("admin"));
        asClient().get("/api/v1/admin/session").then().statusCode(403);
    }

    private static Response signIn(String password) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", OpsTestProfile.ADMIN_USER).formParam("j_password", password)
                .post("/j_security_check");
    }
}
