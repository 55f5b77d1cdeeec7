package com.applicationmanager.api;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import com.applicationmanager.problem.Problem;

/**
 * Adds to every operation the problem+json answers it can give, with an example each, so that the document
 * tells the whole contract without repeating a dozen annotations on every method.
 */
public class ProblemResponses implements OASFilter {

    private static final Map<String, String[]> COMMON = Map.of(
            "401", new String[] { "unauthorized", "Unauthorized", "The API key is not valid" },
            "403", new String[] { "forbidden", "Forbidden", "The credentials sent are valid but do not allow this" },
            "406", new String[] { null, "Not Acceptable", "This path answers only in application/json; accept that (or */*)" },
            "429", new String[] { "rate-limited", "Too Many Requests", "This client may make 60 requests a minute; try again in 2 s" },
            "500", new String[] { null, "Internal Server Error", "An unexpected error occurred" });

    private static final Map<String, String[]> WITH_BODY = Map.of(
            "400", new String[] { "validation", "Invalid request", "The request body has 1 invalid field(s)" },
            "413", new String[] { null, "Request Entity Too Large", "The request body is larger than 1 MiB" },
            "415", new String[] { null, "Unsupported Media Type", "This path takes a body of type application/json (UTF-8)" });

    /** The descriptions SmallRye gives the answers it adds by itself (@Valid, @RolesAllowed). */
    private static final java.util.Set<String> GENERATED = java.util.Set.of("Bad Request", "Not Authorized", "Not Allowed");

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
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    asProblem(response);
                }
            });
        }));
    }

    /** An error answer the resource describes in words (and maybe an example) is a Problem, in problem+json. */
    private static void asProblem(APIResponse response) {
        if (response.getRef() != null) {
            return; // one of ApiDocumentation's shared answers, complete in itself
        }
        if (response.getContent() == null) {
            response.content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()));
        }
        MediaType media = response.getContent().getMediaType(Problem.MEDIA_TYPE);
        if (media != null && media.getSchema() == null) {
            media.schema(OASFactory.createSchema().ref("Problem"));
        }
    }

    private static void add(Operation operation, String status, String[] problem) {
        APIResponse existing = operation.getResponses().getAPIResponse(status);
        if (existing != null && (existing.getContent() != null || existing.getRef() != null)) {
            return; // documented on the operation itself, example and all
        }
        int code = Integer.parseInt(status);
        String type = problem[0] == null ? "about:blank" : "urn:problem:" + problem[0];
        Example example = OASFactory.createExample().value(Map.of("type", type, "title", problem[1],
                "status", code, "detail", problem[2]));
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem"))
                .addExample(problem[1], example);
        // a description the operation gives (what makes it answer so) stays; the bare ones Quarkus adds get the title
        APIResponse response = (existing != null && existing.getDescription() != null
                && !existing.getDescription().isBlank() && !GENERATED.contains(existing.getDescription())
                ? existing : OASFactory.createAPIResponse().description(problem[1]))
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media));
        if (code == 429) {
            response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait")
                    .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER)));
        }
        operation.getResponses().addAPIResponse(status, response);
    }
}
