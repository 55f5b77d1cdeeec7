package com.applicationmanager.live;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestStreamElementType;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.applicationmanager.client.Roles;
import com.applicationmanager.problem.Problem;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;

/**
 * The application stream as Server-Sent Events, on the same URL as the WebSocket (a request without an
 * upgrade lands here). Each event's data is one JSON timeline entry; a client that reconnects gets the
 * stored timeline again and can skip entries it has by their time and status.
 */
@RolesAllowed({ Roles.CLIENT, Roles.ADMIN })
@Path("/api/v1/applications/{id}/events")
public class ApplicationEventsResource {

    private final LiveStreams streams;
    private final StoredTimeline timeline;

    public ApplicationEventsResource(LiveStreams streams, StoredTimeline timeline) {
        this.streams = streams;
        this.timeline = timeline;
    }

    @GET
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<StatusEvent> events(@PathParam("id") UUID id) {
        if (!timeline.exists(id)) {
            throw new NotFoundException("No application has the id " + id);
        }
        return streams.stream(Topic.application(id));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return Problem.of(Response.Status.NOT_FOUND, e.getMessage()).toResponse();
    }
}
