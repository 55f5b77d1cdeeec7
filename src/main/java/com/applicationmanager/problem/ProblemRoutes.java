package com.applicationmanager.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * problem+json for what never reaches a REST resource: a path nothing serves (the REST layer passes it on),
 * and a declared body over the size limit, answered before Quarkus's own bare 413 (which runs at order -2).
 * Quarkus's limit is the largest any path takes (the bulk import's); every other path keeps {@code app.api.max-body-size}.
 */
@ApplicationScoped
public class ProblemRoutes {

    private static final String BULK_PATH = "/api/v1/applications/bulk";

    private final long maxBodyBytes;
    private final long maxBulkBodyBytes;

    public ProblemRoutes(@ConfigProperty(name = "app.api.max-body-size") MemorySize maxBodySize,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBulkBodySize) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.maxBulkBodyBytes = maxBulkBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(-3).handler(this::refuseDeclaredOversizeBody);
        router.route().last().handler(context -> answer(context, Response.Status.NOT_FOUND,
                "Nothing is served at this path"));
    }

    private void refuseDeclaredOversizeBody(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = BULK_PATH.equals(context.normalizedPath()) ? maxBulkBodyBytes : maxBodyBytes;
        if (length != null && length.length() < 19 && length.chars().allMatch(Character::isDigit)
                && Long.parseLong(length) > limit) {
            // the body is not read: close the connection rather than drain megabytes we will not use
            context.response().putHeader("Connection", "close");
            answer(context, Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "The request body is larger than the limit of " + limit + " bytes");
            return;
        }
        context.next();
    }

    /** Ends the exchange with a problem+json answer, for handlers that run before the REST layer. */
    public static void answer(RoutingContext context, Response.Status status, String detail) {
        if (!context.response().headWritten()) {
            context.response().setStatusCode(status.getStatusCode())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(Json.encode(ProblemMappers.plain(status, detail)));
        }
    }
}
