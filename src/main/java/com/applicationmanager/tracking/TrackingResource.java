package com.applicationmanager.tracking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.applicationmanager.client.ClientPrincipal;
import com.applicationmanager.client.Roles;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;

@Path("/api/v1/applications")
@RolesAllowed({ Roles.CLIENT, Roles.ADMIN })
public class TrackingResource {

    private final ApplicationListing listing;
    private final SecurityIdentity identity;

    public TrackingResource(ApplicationListing listing, SecurityIdentity identity) {
        this.listing = listing;
        this.identity = identity;
    }

    /**
     * Applications, newest first, filtered; follow {@code nextCursor} for the next page. A client sees only its
     * own tenant's; an operator may filter by any tenant.
     */
    @GET
    @Blocking
    @Produces(MediaType.APPLICATION_JSON)
    public ApplicationPage list(@QueryParam("status") ApplicationStatus status, @QueryParam("type") String type,
            @QueryParam("tenant") String tenant, @QueryParam("postingId") String postingId,
            @QueryParam("from") Instant from, @QueryParam("to") Instant to, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        String visibleTenant = identity.getPrincipal() instanceof ClientPrincipal client ? client.tenant() : tenant;
        return listing.list(new ApplicationListing.Filter(status, type, visibleTenant, postingId, from, to), cursor, limit);
    }

    /** The application's status and its timeline, oldest change first; a client sees only its own tenant's. */
    @GET
    @Path("{id}")
    @Blocking
    @Transactional
    @Produces(MediaType.APPLICATION_JSON)
    public ApplicationView get(@PathParam("id") UUID id) {
        JobApplication application = JobApplication.findById(id);
        // another tenant's application answers as if it did not exist, so ids reveal nothing
        if (application == null || (identity.getPrincipal() instanceof ClientPrincipal client
                && !client.tenant().equals(application.tenant))) {
            throw new ApplicationNotFound(id);
        }
        List<StatusChange> timeline = StatusChange.list("application.id = ?1 order by id", id);
        return ApplicationView.of(application, timeline);
    }
}
