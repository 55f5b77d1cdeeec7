package com.applicationmanager.api;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Adds to every operation the problem+json answers it can give, with an example each, so that the document
 * tells the whole contract without repeating a dozen annotations on every method.
 */
public class ProblemResponses implements OASFilter {

    private static final Map<String, String[]> COMMON = Map.of(
            "401", new String[] { "unauthorized", "Unauthorized", "The API key is not valid" },
            "403", new String[] { "forbidden", "Forbidden", "The credentials sent are valid but do not allow this" },
            "429", new String[] { "rate-limited", "Too Many Requests", "This client may make 60 requests a minute; try again in 2 s" },
            "500", new String[] { null, "Internal Server Error", "An unexpected error occurred" });

    private static final Map<String, String[]> WITH_BODY = Map.of(
            "400", new String[] { "validation", "Invalid request", "The request body has 1 invalid field(s)" },
            "413", new String[] { null, "Request Entity Too Large", "The request body is larger than 1 MiB" },
            "415", new String[] { null, "Unsupported Media Type", "This path takes a body of type application/json (UTF-8)" });

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            COMMON.forEach((status, problem) -> add(operation, status, problem));
            if (operation.getRequestBody() != null) {
                WITH_BODY.forEach((status, problem) -> add(operation, status, problem));
            }
        }));
    }

    private static void add(Operation operation, String status, String[] problem) {
        APIResponse existing = operation.getResponses().getAPIResponse(status);
        if (existing != null && existing.getContent() != null) {
            // documented on the operation itself; the bare ones Quarkus adds (400 for @Valid) are replaced
            return;
        }
        int code = Integer.parseInt(status);
        String type = problem[0] == null ? "about:blank" : "urn:problem:" + problem[0];
        Example example = OASFactory.createExample().value(Map.of("type", type, "title", problem[1],
                "status", code, "detail", problem[2]));
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem"))
                .addExample(problem[1], example);
        APIResponse response = OASFactory.createAPIResponse().description(problem[1])
                .content(OASFactory.createContent().addMediaType("application/problem+json", media));
        if (code == 429) {
            response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait")
                    .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER)));
        }
        operation.getResponses().addAPIResponse(status, response);
    }
}
