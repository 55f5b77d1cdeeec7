package com.applicationmanager.dashboard;

import java.time.Duration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

import com.applicationmanager.api.ApiDocumentation;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/** The dashboard's data: one snapshot now and one every refresh interval, as server-sent events. */
@Path("/api/v1/admin/dashboard")
@RolesAllowed("admin")
@Tag(name = ApiDocumentation.ADMIN_DASHBOARD)
@SecurityRequirement(name = ApiDocumentation.ADMIN_SCHEME)
public class DashboardResource {

    private final DashboardFeed feed;
    private final DashboardConfig config;

    public DashboardResource(DashboardFeed feed, DashboardConfig config) {
        this.feed = feed;
        this.config = config;
    }

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "The dashboard's feed",
            description = "Server-Sent Events: a snapshot of queues, rates, consumption and recent failures now and one "
                    + "every app.dashboard.refresh; the stream stays open. The dashboard page signs in with the form "
                    + "(session cookie); scripts may use Basic.")
    @APIResponse(responseCode = "200", description = "The event stream; each event's data is one snapshot")
    public Multi<DashboardSnapshot> stream() {
        return Multi.createFrom().ticks().startingAfter(Duration.ofMillis(1)).every(config.refresh())
                .onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(tick -> feed.current());
    }
}
