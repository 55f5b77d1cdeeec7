package com.applicationmanager.problem;

import static com.applicationmanager.testing.ApplicationRequestBuilder.anApplication;
import static com.applicationmanager.testing.Credentials.asClient;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The framework's own refusals answer problem+json too, and say what to do instead. */
@QuarkusTest
class ProblemContractTest {

    @Test
    void aPathNothingServesIsA404Problem() {
        problem(given().get("/no/such/path").then(), 404);
        problem(asClient().get("/api/v1/nothing-here").then(), 404);
    }

    @Test
    void aWrongMethodIsA405Problem() {
        problem(asClient().contentType(ContentType.JSON).body("{}").put("/api/v1/applications").then(), 405);
        problem(asClient().contentType(ContentType.JSON).body("{}").patch("/api/v1/applications/{id}", UUID.randomUUID()).then(), 405);
        // what the problem's detail points to
        asClient().options("/api/v1/applications").then().statusCode(200).header("Allow", containsString("POST"));
    }

    @Test
    void anUnacceptableAcceptIsA406Problem() {
        problem(asClient().accept("text/html").contentType(ContentType.JSON).body(anApplication().build())
                .post("/api/v1/applications").then(), 406);
    }

    @Test
    void aBodyThatIsNotJsonIsA415Problem() {
        problem(asClient().contentType("text/plain").body("hello").post("/api/v1/applications").then(), 415);
        problem(asClient().contentType("application/xml").body("<a/>").post("/api/v1/applications").then(), 415);
    }

    @Test
    void aBodyOverTheLimitIsA413Problem() {
        String huge = "{\"resumeText\": \"" + "a".repeat(1_100_000) + "\"}";
        problem(asClient().contentType(ContentType.JSON).body(huge).post("/api/v1/applications").then(), 413);
    }

    @Test
    void anUnknownFieldIsRefusedByName() {
        problem(asClient().contentType(ContentType.JSON).body(anApplication().with("coverLeter", "hi").build())
                .post("/api/v1/applications").then(), 400)
                .body("violations[0].field", equalTo("coverLeter"));
    }

    @Test
    void aDuplicatedFieldOrTrailingContentIsRefused() {
        String valid = "{\"candidateName\":\"A\",\"email\":\"a@example.org\",\"jobPostingId\":\"j\",\"resumeText\":\"r\",\"type\":\"t\"";
        problem(asClient().contentType(ContentType.JSON).body(valid + ",\"email\":\"b@example.org\"}")
                .post("/api/v1/applications").then(), 400);
        problem(asClient().contentType(ContentType.JSON).body(valid + "} {}")
                .post("/api/v1/applications").then(), 400);
    }

    @Test
    void aNumberWhereTextBelongsIsAWrongType() {
        problem(asClient().contentType(ContentType.JSON).body(anApplication().with("candidateName", 42).build())
                .post("/api/v1/applications").then(), 400)
                .body("violations[0].field", equalTo("candidateName"));
    }

    @Test
    void controlCharactersNulAndUnpairedSurrogatesAreRefusedByField() {
        problem(asClient().contentType(ContentType.JSON).body(anApplication().withCandidateName("Ada\u0007").build())
                .post("/api/v1/applications").then(), 400).body("violations[0].field", equalTo("candidateName"));
        problem(asClient().contentType(ContentType.JSON).body(anApplication().with("coverLetter", "a\u0000b").build())
                .post("/api/v1/applications").then(), 400).body("violations[0].field", equalTo("coverLetter"));
        problem(asClient().contentType(ContentType.JSON)
                .body("{\"candidateName\":\"\\ud800x\",\"email\":\"a@example.org\",\"jobPostingId\":\"j\",\"resumeText\":\"r\",\"type\":\"t\"}")
                .post("/api/v1/applications").then(), 400).body("violations[0].field", equalTo("candidateName"));
    }

    @Test
    void nonUtf8BodyIsA400Problem() {
        byte[] latin1 = "{\"candidateName\":\"Jos\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        problem(asClient().contentType(ContentType.JSON).body(latin1).post("/api/v1/applications").then(), 400);
        // an overlong "/" (0xC0 0xAF), which a lenient decoder would read as a slash
        byte[] overlong = ("{\"candidateName\":\"a" + "\u00c0\u00af" + "b\",\"email\":\"a@example.org\",\"jobPostingId\":\"j\","
                + "\"resumeText\":\"r\",\"type\":\"t\"}").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        problem(asClient().contentType(ContentType.JSON).body(overlong).post("/api/v1/applications").then(), 400)
                .body("detail", containsString("UTF-8"));
    }

    @Test
    void healthMetricsAndTheApiDocumentNeedNoCredentials() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.securitySchemes.clientKey.name", equalTo("X-API-Key"));
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        problem(given().get("/api/v1/applications/{id}", UUID.randomUUID()).then(), 401);
    }

    static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body(not(containsString("Exception")))
                .body(not(containsString("com.applicationmanager")));
    }
}
