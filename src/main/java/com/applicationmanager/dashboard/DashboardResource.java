package com.applicationmanager.dashboard;

import java.time.Duration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestStreamElementType;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/** The dashboard's data: one snapshot now and one every refresh interval, as server-sent events. */
@Path("/api/v1/admin/dashboard")
@RolesAllowed("admin")
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
    public Multi<DashboardSnapshot> stream() {
        return Multi.createFrom().ticks().startingAfter(Duration.ofMillis(1)).every(config.refresh())
                .onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(tick -> feed.current());
    }
}
