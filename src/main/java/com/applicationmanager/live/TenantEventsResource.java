package com.applicationmanager.live;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

import com.applicationmanager.api.ApiDocumentation;
import com.applicationmanager.client.Roles;
import com.applicationmanager.problem.Problem;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.vertx.core.http.HttpServerRequest;

/**
 * The tenant stream as Server-Sent Events, on the same URL as its WebSocket: live changes only, for a client
 * of that tenant or an operator ({@link StreamAccess}).
 */
@RolesAllowed({ Roles.CLIENT, Roles.ADMIN })
@Path("/api/v1/tenants/{tenant}/events")
@Tag(name = ApiDocumentation.LIVE)
@SecurityRequirement(name = ApiDocumentation.CLIENT_SCHEME)
@SecurityRequirement(name = ApiDocumentation.ADMIN_SCHEME)
public class TenantEventsResource {

    private final LiveStreams streams;
    private final SecurityIdentity identity;

    public TenantEventsResource(LiveStreams streams, SecurityIdentity identity) {
        this.streams = streams;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Watch every application of a tenant",
            description = "Server-Sent Events: each status change of the tenant's applications from the moment of "
                    + "connecting (no history); the stream stays open. The same URL takes a WebSocket upgrade.")
    @APIResponse(responseCode = "200", description = "The event stream; each event's data is one status change",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = StatusEvent.class), examples = @ExampleObject(name = "a change", value = """
                    data:{"applicationId":"0f8e5a7c-3d2b-4c1a-9e8f-7a6b5c4d3e2f","tenant":"public","status":"PROCESSING","at":"2026-12-01T09:30:00.250Z","attempt":1,"reason":"attempt 1"}
                    """)))
    @APIResponse(responseCode = "400", description = "Not a tenant name (urn:problem:validation)")
    @APIResponse(responseCode = "404", description = "Another tenant's stream, for a client (about:blank)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "other tenant", value = """
                    {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "No tenant 'acme' is visible to these credentials"}""")))
    @APIResponse(responseCode = "429", description = "Too many streams open for this client or address (urn:problem:too-many-streams)")
    public Multi<StatusEvent> events(
            @Parameter(description = "The tenant's name (a client may follow only its own)", example = "public")
            @PathParam("tenant") @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be a tenant name") String tenant,
            @Context HttpServerRequest request) {
        return streams.serve(identity, Topic.tenant(tenant), request.remoteAddress().hostAddress());
    }
}
