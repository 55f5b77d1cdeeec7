package com.applicationmanager.api;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
                @Tag(name = ApiDocumentation.ADMIN_DASHBOARD, description = "The live dashboard's feed and the operator's session") })
@SecurityScheme(securitySchemeName = ApiDocumentation.CLIENT_SCHEME, type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER, apiKeyName = "X-API-Key", description = "A client's key")
@SecurityScheme(securitySchemeName = ApiDocumentation.ADMIN_SCHEME, type = SecuritySchemeType.HTTP,
        scheme = "basic", description = "The operator credential (APP_ADMIN_PASSWORD)")
public class ApiDocumentation extends Application {

    public static final String CLIENT_SCHEME = "clientKey";
    public static final String ADMIN_SCHEME = "operator";

    public static final String APPLICATIONS = "Applications";
    public static final String LIVE = "Live updates";
    public static final String POSTINGS = "Job postings";
    public static final String ADMIN_CLIENTS = "Admin: clients";
    public static final String ADMIN_QUEUES = "Admin: queues and dead letters";
    public static final String ADMIN_CONSUMPTION = "Admin: consumption";
    public static final String ADMIN_INSIGHT = "Admin: audit and analytics";
    public static final String ADMIN_DASHBOARD = "Admin: dashboard and session";
}
