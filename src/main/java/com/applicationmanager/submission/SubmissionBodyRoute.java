package com.applicationmanager.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.applicationmanager.problem.ProblemRoutes;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Reads a submission's body on the event loop, as it arrives, before the blocking resource method runs: RESTEasy
 * Reactive then deserialises it from memory. Without this, the request's worker thread reads a blocking stream that
 * the event loop feeds chunk by chunk, a hand-off that cost a sixth of the intake's CPU under load. Only the
 * single submission: the bulk import streams its (much larger) body item by item.
 */
@ApplicationScoped
class SubmissionBodyRoute {

    private final long maxBodyBytes;

    SubmissionBodyRoute(@ConfigProperty(name = "app.api.max-body-size") MemorySize maxBodySize) {
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        // after ProblemRoutes' and Quarkus's checks of a declared length (orders -3 and -2); a chunked body over the
        // limit ends here, with the same problem+json as a declared one
        BodyHandler body = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
        router.post("/api/v1/applications").order(-1)
                .handler(context -> {
                    // no body: Vert.x sets none, and RESTEasy would wait on a stream that already ended; HTTP/2:
                    // RESTEasy pauses the request it is handed, which an HTTP/2 request refuses once read
                    if (context.request().version() != HttpVersion.HTTP_2 && hasBody(context.request())) {
                        body.handle(context);
                    } else {
                        context.next();
                    }
                })
                .failureHandler(context -> {
                    if (context.statusCode() == Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode()) {
                        context.response().putHeader("Connection", "close");
                        ProblemRoutes.answer(context, Response.Status.REQUEST_ENTITY_TOO_LARGE,
                                "The request body is larger than the limit of " + maxBodyBytes + " bytes");
                    } else {
                        context.next();
                    }
                });
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return length != null ? !"0".equals(length) : request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }
}
