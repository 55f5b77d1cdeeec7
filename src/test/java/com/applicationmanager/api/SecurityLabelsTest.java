package com.applicationmanager.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Each operation in the OpenAPI document names the scheme its callers really use, without role scopes. */
@QuarkusTest
class SecurityLabelsTest {

    @Test
    void operatorOperationsNameTheOperatorSchemeAndClientOperationsTheKey() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();

        assertThat(schemes(document, "'/api/v1/admin/dead-letters'.get")).containsExactly(Map.of("operator", List.of()));
        assertThat(schemes(document, "'/api/v1/admin/audit'.get")).containsExactly(Map.of("operator", List.of()));
        assertThat(schemes(document, "'/api/v1/applications'.post")).containsExactly(Map.of("clientKey", List.of()));
        assertThat(schemes(document, "'/api/v1/applications/{id}'.get"))
                .containsExactlyInAnyOrder(Map.of("clientKey", List.of()), Map.of("operator", List.of()));
    }

    private static List<Map<String, Object>> schemes(JsonPath document, String operation) {
        return document.getList("paths." + operation + ".security");
    }
}
