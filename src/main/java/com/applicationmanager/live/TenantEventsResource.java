package com.applicationmanager.live;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestStreamElementType;

import com.applicationmanager.client.Roles;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.vertx.core.http.HttpServerRequest;

/**
 * The tenant stream as Server-Sent Events, on the same URL as its WebSocket: live changes only, for a client
 * of that tenant or an operator ({@link StreamAccess}).
 */
@RolesAllowed({ Roles.CLIENT, Roles.ADMIN })
@Path("/api/v1/tenants/{tenant}/events")
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
    public Multi<StatusEvent> events(
            @PathParam("tenant") @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be a tenant name") String tenant,
            @Context HttpServerRequest request) {
        return streams.serve(identity, Topic.tenant(tenant), request.remoteAddress().hostAddress());
    }
}
