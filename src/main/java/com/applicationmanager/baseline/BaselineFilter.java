package com.applicationmanager.baseline;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.applicationmanager.problem.Problem;

/** While the baseline is off its path answers 404 to everybody, as a path that does not exist would. */
public class BaselineFilter {

    private final BaselineConfig config;

    public BaselineFilter(BaselineConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public Response hideWhenDisabled(ContainerRequestContext request) {
        if (config.enabled() || !request.getUriInfo().getPath().startsWith(BaselineResource.PATH)) {
            return null;
        }
        return Problem.of(Response.Status.NOT_FOUND, "The synchronous baseline is not enabled (app.baseline.enabled)")
                .toResponse();
    }
}
