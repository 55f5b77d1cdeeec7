package com.applicationmanager.live;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
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
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.vertx.core.http.HttpServerRequest;

/**
 * The application stream as Server-Sent Events, on the same URL as the WebSocket (a request without an
 * upgrade lands here). Each event's data is one JSON timeline entry; a client that reconnects gets the
 * stored timeline again and can skip entries it has by their time and status. Only the owning tenant (or an
 * operator) gets a stream; anybody else the same 404 as for an unknown id, before any event.
 */
@RolesAllowed({ Roles.CLIENT, Roles.ADMIN })
@Path("/api/v1/applications/{id}/events")
@Tag(name = ApiDocumentation.LIVE)
@SecurityRequirement(name = ApiDocumentation.CLIENT_SCHEME)
@SecurityRequirement(name = ApiDocumentation.ADMIN_SCHEME)
public class ApplicationEventsResource {

    private final LiveStreams streams;
    private final SecurityIdentity identity;

    public ApplicationEventsResource(LiveStreams streams, SecurityIdentity identity) {
        this.streams = streams;
        this.identity = identity;
    }

    @GET
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Watch one application",
            description = "Server-Sent Events: the stored timeline first, then each status change as it is committed; the "
                    + "stream ends after the final status (COMPLETED, DUPLICATE, FAILED, EXPIRED, WITHDRAWN). A client that "
                    + "reconnects gets the timeline again. The same URL takes a WebSocket upgrade with the same frames.")
    @APIResponse(responseCode = "200", description = "The event stream; each event's data is one timeline entry",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = StatusEvent.class), examples = @ExampleObject(name = "to completion", value = """
                    data:{"applicationId":"0f8e5a7c-3d2b-4c1a-9e8f-7a6b5c4d3e2f","tenant":"public","status":"RECEIVED","at":"2026-12-01T09:30:00.120Z","attempt":0,"reason":"submitted"}

                    data:{"applicationId":"0f8e5a7c-3d2b-4c1a-9e8f-7a6b5c4d3e2f","tenant":"public","status":"COMPLETED","at":"2026-12-01T09:30:00.410Z","attempt":1,"reason":"all steps done"}
                    """)))
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NO_SUCH_APPLICATION)
    @APIResponse(responseCode = "429", description = "Too many streams open for this client or address (urn:problem:too-many-streams)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "too-many-streams", value = """
                    {"type": "urn:problem:too-many-streams", "title": "Too Many Requests", "status": 429,
                     "detail": "Too many streams are open for this client or from this address; close one first"}""")))
    public Multi<StatusEvent> events(@Parameter(description = "The application's id") @PathParam("id") UUID id,
            @Context HttpServerRequest request) {
        return streams.serve(identity, Topic.application(id), request.remoteAddress().hostAddress());
    }
}
