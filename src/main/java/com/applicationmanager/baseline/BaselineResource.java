package com.applicationmanager.baseline;

import java.net.URI;
import java.util.concurrent.CompletionStage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

import com.applicationmanager.api.StrictJson;
import com.applicationmanager.client.ClientPrincipal;
import com.applicationmanager.client.Roles;
import com.applicationmanager.submission.ApplicationRequest;
import com.applicationmanager.submission.InvalidIdempotencyKey;
import com.applicationmanager.submission.SubmissionAccepted;

import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.quarkus.resteasy.reactive.server.EndpointDisabled;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/**
 * The same submission as {@code POST /api/v1/applications}, processed inside the request: answers 201 with
 * the final status once every step has run (on {@link BaselineThreads}). Only for the benchmark's comparison;
 * not part of the API contract, so it is left out of the OpenAPI document.
 */
@Path("/api/v1/baseline/applications")
// read at start: while app.baseline.enabled is false the path does not exist, answered 404 like any other
// (the annotation compares text, so only the exact value "false", the default, switches it off)
@EndpointDisabled(name = "app.baseline.enabled", stringValue = "false", disableIfMissing = true)
public class BaselineResource {

    private final BaselineThreads baseline;
    private final SecurityIdentity identity;

    public BaselineResource(BaselineThreads baseline, SecurityIdentity identity) {
        this.baseline = baseline;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.CLIENT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJson.class)
    @Operation(hidden = true)
    public CompletionStage<RestResponse<SubmissionAccepted>> submit(@Valid @NotNull ApplicationRequest request,
            UriInfo uri, HttpServerRequest http) {
        ClientPrincipal client = (ClientPrincipal) identity.getPrincipal();
        String idempotencyKey = InvalidIdempotencyKey.check(http.headers().getAll(InvalidIdempotencyKey.HEADER));
        UriBuilder status = uri.getBaseUriBuilder().path("api/v1/applications/{id}");
        return baseline.submitAndProcess(request, client, idempotencyKey).thenApply(processed -> {
            URI statusUrl = status.build(processed.id());
            return RestResponse.ResponseBuilder
                    .create(Response.Status.CREATED, new SubmissionAccepted(processed.id(), processed.status(), statusUrl))
                    .location(statusUrl)
                    .build();
        });
    }
}
