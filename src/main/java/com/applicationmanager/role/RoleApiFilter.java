package com.applicationmanager.role;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.applicationmanager.problem.Problem;
import com.applicationmanager.problem.ProblemMappers;

/** A worker-only process answers 404 on the API; health and metrics under /q are not REST resources and stay up. */
public class RoleApiFilter {

    private final Role role;

    public RoleApiFilter(@ConfigProperty(name = "app.role") Role role) {
        this.role = role;
    }

    @ServerRequestFilter(preMatching = true)
    public Response hideApiOnWorkers(ContainerRequestContext request) {
        if (role.servesApi()) {
            return null;
        }
        return ProblemMappers.response(Problem.notFound("This process runs the worker role and serves no API"));
    }
}
