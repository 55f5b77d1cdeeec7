package com.applicationmanager.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.applicationmanager.api.ApiDocumentation;
import com.applicationmanager.messaging.Channels;
import com.applicationmanager.messaging.TopologyConfig;

import io.smallrye.common.annotation.Blocking;

/** Pauses and resumes consumption of the work queue on every worker; see {@link ConsumptionWatcher}. */
@Path("/api/v1/admin/consumption")
@RolesAllowed("admin")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiDocumentation.ADMIN_CONSUMPTION)
@SecurityRequirement(name = ApiDocumentation.ADMIN_SCHEME)
public class ConsumptionResource {

    private final ConsumptionSwitch control;
    private final AuditLog audit;
    private final TopologyConfig topology;

    public ConsumptionResource(ConsumptionSwitch control, AuditLog audit, TopologyConfig topology) {
        this.control = control;
        this.audit = audit;
        this.topology = topology;
    }

    /** The switch and what each live worker has applied. */
    @GET
    @Operation(summary = "Whether processing is paused", description = "The switch, and what each live worker has applied.")
    @APIResponse(responseCode = "200", description = "The switch and the workers")
    public ConsumptionState state() {
        return control.state(Channels.APPLICATIONS_IN);
    }

    @POST
    @Path("pause")
    @Operation(summary = "Pause processing",
            description = "Every worker stops taking applications at its next poll (within app.admin.consumption-poll-interval); "
                    + "submissions are still accepted and wait in the queues.")
    @APIResponse(responseCode = "200", description = "The switch, now paused")
    public ConsumptionState pause() {
        return set(true);
    }

    @POST
    @Path("resume")
    @Operation(summary = "Resume processing")
    @APIResponse(responseCode = "200", description = "The switch, no longer paused")
    public ConsumptionState resume() {
        return set(false);
    }

    private ConsumptionState set(boolean paused) {
        control.set(Channels.APPLICATIONS_IN, paused, audit.actor());
        audit.record(paused ? "pause" : "resume", topology.prefix() + ".work.*", AuditLog.Outcome.DONE, 0,
                "each worker applies it at its next poll");
        return control.state(Channels.APPLICATIONS_IN);
    }
}
