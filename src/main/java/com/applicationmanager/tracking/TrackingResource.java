package com.applicationmanager.tracking;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.applicationmanager.client.ClientPrincipal;
import com.applicationmanager.client.Roles;
import com.applicationmanager.problem.Problem;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;

@Path("/api/v1/applications")
@RolesAllowed({ Roles.CLIENT, Roles.ADMIN })
public class TrackingResource {

    private final SecurityIdentity identity;

    public TrackingResource(SecurityIdentity identity) {
        this.identity = identity;
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
            throw new NotFoundException("No application has the id " + id);
        }
        List<StatusChange> timeline = StatusChange.list("application.id = ?1 order by id", id);
        return ApplicationView.of(application, timeline);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return Problem.of(Response.Status.NOT_FOUND, e.getMessage()).toResponse();
    }
}
