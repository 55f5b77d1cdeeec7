package com.applicationmanager.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

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
}
