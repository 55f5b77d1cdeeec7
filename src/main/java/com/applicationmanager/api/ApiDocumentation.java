package com.applicationmanager.api;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.applicationmanager.problem.Problem;

/**
 * The OpenAPI document's frame (served at /q/openapi, Swagger UI at /q/swagger-ui): the two ways to
 * authenticate and the API's contract in words. {@link ProblemResponses} adds the error answers.
 */
@OpenAPIDefinition(
        info = @Info(title = "Application Manager API", version = "1",
                description = """
                        Takes job applications and processes them in the background. Everything is under /api/v1.

                        **Authentication.** Clients send their key in `X-API-Key`; operators use HTTP Basic with \
                        the operator credential for `/api/v1/admin` (and may read and withdraw any tenant's applications and \
                        postings). Missing, invalid or revoked credentials \
                        answer 401, valid credentials of the wrong kind 403.

                        **Idempotency.** Send `Idempotency-Key` (1-255 visible ASCII characters, a UUID is ideal) \
                        with a submission: repeating it with the same body within 24 hours answers the original \
                        202 with the same id; with a different body, 422. Keys are scoped per client.

                        **Bodies.** JSON in UTF-8 (`Content-Type: application/json`), at most 1 MiB (413 above). \
                        Unknown fields, duplicated fields, wrong types and malformed JSON answer 400 naming the \
                        field. Text is stored in Unicode NFC; control characters, NUL and unpaired surrogates \
                        are refused; only multi-line fields may hold line breaks and tabs.

                        **Errors.** Every 4xx and 5xx is `application/problem+json` (RFC 9457). A client over \
                        its rate limit gets 429 with `Retry-After` (seconds).
                        """),
        tags = {
                @Tag(name = ApiDocumentation.APPLICATIONS, description = "Submit applications, follow and list them, withdraw one"),
                @Tag(name = ApiDocumentation.LIVE, description = "Status changes as they happen, as Server-Sent Events "
                        + "(the same URLs take a WebSocket upgrade)"),
                @Tag(name = ApiDocumentation.POSTINGS, description = "The job postings applications name"),
                @Tag(name = ApiDocumentation.ADMIN_CLIENTS, description = "Operators manage API clients and their keys"),
                @Tag(name = ApiDocumentation.ADMIN_QUEUES, description = "Queue figures, dead letters, reprocessing, purges"),
                @Tag(name = ApiDocumentation.ADMIN_CONSUMPTION, description = "Pause and resume processing on every worker"),
                @Tag(name = ApiDocumentation.ADMIN_INSIGHT, description = "The audit log of admin actions, processing analytics"),
                @Tag(name = ApiDocumentation.ADMIN_DASHBOARD, description = "The live dashboard's feed and the operator's session") },
        // examples and answers several operations give alike, referred to by name (ref = ...)
        components = @Components(examples = {
                @ExampleObject(name = ApiDocumentation.ISSUED_KEY, value = """
                        {"client": {"id": "6b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d", "name": "acme-careers", "tenant": "acme",
                          "tier": "enterprise", "rateLimitPerMinute": 600, "createdAt": "2026-12-01T09:00:00Z",
                          "keys": [{"id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "prefix": "amk_Q3xv", "createdAt": "2026-12-01T09:00:00Z"}]},
                         "apiKey": "amk_Q3xvW1m8Zk0n4Yt2cR7pLq9sVb6uJd3hFg5aXe1oKi0"}"""),
                @ExampleObject(name = ApiDocumentation.POSTING, value = """
                        {"id": "eng-backend-042", "title": "Senior Backend Engineer", "type": "engineering", "location": "London",
                         "remote": false, "requiredSkills": ["Java", "distributed systems", "SQL"],
                         "niceToHaveSkills": ["RabbitMQ", "Quarkus"], "minYearsExperience": 5,
                         "screeningQuestions": [{"id": "java-years", "text": "Years of experience with Java", "kind": "NUMBER",
                           "knockOut": {"minimum": 3}}]}""") },
                responses = {
                @APIResponse(name = ApiDocumentation.NO_SUCH_APPLICATION,
                        description = "No application has this id, or it is another tenant's (about:blank)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "unknown", value = """
                                        {"type": "about:blank", "title": "Not Found", "status": 404,
                                         "detail": "No application has the id 0f8e5a7c-3d2b-4c1a-9e8f-7a6b5c4d3e2f"}"""))),
                @APIResponse(name = ApiDocumentation.TOO_LATE,
                        description = "Too late: it already reached a final state (urn:problem:too-late)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "too-late", value = """
                                        {"type": "urn:problem:too-late", "title": "Cannot withdraw", "status": 409,
                                         "detail": "Application 0f8e5a7c-3d2b-4c1a-9e8f-7a6b5c4d3e2f has already reached a final state"}"""))),
                @APIResponse(name = ApiDocumentation.NO_SUCH_POSTING,
                        description = "The tenant has no posting with this id (about:blank)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "unknown", value = """
                                        {"type": "about:blank", "title": "Not Found", "status": 404,
                                         "detail": "No job posting has the id 'eng-backend-042'"}"""))),
                @APIResponse(name = ApiDocumentation.NO_SUCH_CLIENT,
                        description = "No client has this id (urn:problem:unknown-client)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "unknown-client", value = """
                                        {"type": "urn:problem:unknown-client", "title": "Unknown client", "status": 404,
                                         "detail": "No client has the id 6b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d"}"""))),
                @APIResponse(name = ApiDocumentation.DEAD_LETTERS_BUSY,
                        description = "Another admin operation is working on the dead-letter queue, or it holds more "
                                + "than app.admin.max-dead-letters messages (about:blank)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "busy", value = """
                                        {"type": "about:blank", "title": "Conflict", "status": 409,
                                         "detail": "Another admin operation is working on applications.dead-letter; try again in a moment"}"""))) }))
@SecurityScheme(securitySchemeName = ApiDocumentation.CLIENT_SCHEME, type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER, apiKeyName = "X-API-Key", description = "A client's key")
@SecurityScheme(securitySchemeName = ApiDocumentation.ADMIN_SCHEME, type = SecuritySchemeType.HTTP,
        scheme = "basic", description = "The operator credential (APP_ADMIN_PASSWORD)")
public class ApiDocumentation extends Application {

    public static final String CLIENT_SCHEME = "clientKey";
    public static final String ADMIN_SCHEME = "operator";

    public static final String ISSUED_KEY = "IssuedKey";
    public static final String POSTING = "Posting";
    public static final String NO_SUCH_APPLICATION = "NoSuchApplication";
    public static final String TOO_LATE = "TooLateToWithdraw";
    public static final String NO_SUCH_POSTING = "NoSuchPosting";
    public static final String NO_SUCH_CLIENT = "NoSuchClient";
    public static final String DEAD_LETTERS_BUSY = "DeadLetterQueueBusy";

    public static final String APPLICATIONS = "Applications";
    public static final String LIVE = "Live updates";
    public static final String POSTINGS = "Job postings";
    public static final String ADMIN_CLIENTS = "Admin: clients";
    public static final String ADMIN_QUEUES = "Admin: queues and dead letters";
    public static final String ADMIN_CONSUMPTION = "Admin: consumption";
    public static final String ADMIN_INSIGHT = "Admin: audit and analytics";
    public static final String ADMIN_DASHBOARD = "Admin: dashboard and session";
}
