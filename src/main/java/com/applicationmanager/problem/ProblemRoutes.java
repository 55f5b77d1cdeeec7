package com.applicationmanager.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * problem+json for what never reaches a REST resource: a path nothing serves (the REST layer passes it on),
 * and failures of the HTTP layer itself, such as a body over the size limit.
 */
@ApplicationScoped
public class ProblemRoutes {

    void install(@Observes Router router) {
        router.route().last().handler(context -> answer(context, 404, "Nothing is served at this path"));
        router.route().failureHandler(context -> {
            int status = context.statusCode();
            if (status == 413) {
                answer(context, 413, "The request body is larger than the limit of 1 MiB");
            } else {
                context.next();
            }
        });
    }

    private static void answer(RoutingContext context, int status, String detail) {
        if (context.response().headWritten()) {
            return;
        }
        jakarta.ws.rs.core.Response.StatusType type = jakarta.ws.rs.core.Response.Status.fromStatusCode(status);
        Problem problem = Problem.of(type, detail);
        context.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }
}
