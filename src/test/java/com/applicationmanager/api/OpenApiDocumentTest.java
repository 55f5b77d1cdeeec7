package com.applicationmanager.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The served OpenAPI document tells the whole contract: bodies, problems, security, examples. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void theSubmissionIsDocumentedWithItsExampleProblemsAndSecurity() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/applications'.post.security[0]", hasKey(ApiDocumentation.CLIENT_SCHEME))
                .body("paths.'/api/v1/applications'.post.requestBody.content.'application/json'.examples.engineering.value",
                        notNullValue())
                .body("paths.'/api/v1/applications'.post.responses", hasKey("202"))
                .body("paths.'/api/v1/applications'.post.responses.'400'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/v1/applications'.post.responses", hasKey("413"))
                .body("paths.'/api/v1/applications'.post.responses", hasKey("415"))
                .body("paths.'/api/v1/applications'.post.responses", hasKey("422"))
                .body("paths.'/api/v1/applications'.post.responses.'429'.headers", hasKey("Retry-After"))
                .body("paths.'/api/v1/applications'.post.parameters.name", org.hamcrest.Matchers.hasItem("Idempotency-Key"))
                .body("paths.'/api/v1/applications/{id}'.get.responses", hasKey("401"))
                .body("components.schemas.Problem.properties", hasKey("violations"));
    }

    @Test
    void theAdminApiNeedsTheOperatorCredential() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.operator.scheme", equalTo("basic"))
                .body("paths.'/api/v1/admin/clients'.post.security[0]", hasKey(ApiDocumentation.ADMIN_SCHEME))
                .body("paths.'/api/v1/admin/clients/{id}/keys'.post.responses", hasKey("201"));
    }

    @Test
    void aReaderCanNavigateIt() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> missing = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String name = method.toUpperCase() + " " + path;
            @SuppressWarnings("unchecked")
            List<String> tags = (List<String>) operation.get("tags");
            if (tags == null || tags.isEmpty() || tags.stream().anyMatch(tag -> tag.endsWith(" Resource"))) {
                missing.add(name + ": a tag of its own, not a class name (" + tags + ")");
            }
            if (operation.get("summary") == null) {
                missing.add(name + ": a summary");
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
            parameters.stream().filter(parameter -> parameter.get("description") == null)
                    .forEach(parameter -> missing.add(name + ": a description of " + parameter.get("name")));
        }));
        assertThat(missing).isEmpty();
    }

    @Test
    void theStatusCodesTheIssueFoundMissingAreThere() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/postings'.post.responses", hasKey("201"))
                .body("paths.'/api/v1/postings'.post.responses", hasKey("409"))
                .body("paths.'/api/v1/applications/{id}/withdraw'.post.responses", hasKey("204"))
                .body("paths.'/api/v1/applications/{id}/withdraw'.post.responses", hasKey("404"))
                .body("paths.'/api/v1/applications/{id}/withdraw'.post.responses", hasKey("409"))
                .body("paths.'/api/v1/applications/{id}'.get.responses", hasKey("404"))
                .body("paths.'/api/v1/applications/{id}'.delete.summary", notNullValue())
                .body("paths.'/api/v1/applications'.get.parameters.find { it.name == 'cursor' }.description", notNullValue())
                .body("components.responses.TooLateToWithdraw.content.'application/problem+json'.examples.'too-late'.value.type",
                        equalTo("urn:problem:too-late"));
    }
}
