package com.applicationmanager.live;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestStreamElementType;

import com.applicationmanager.client.Roles;

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
    public Multi<StatusEvent> events(@PathParam("id") UUID id, @Context HttpServerRequest request) {
        return streams.serve(identity, Topic.application(id), request.remoteAddress().hostAddress());
    }
}
