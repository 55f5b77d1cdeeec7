package com.applicationmanager.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.applicationmanager.api.ApiDocumentation;
import com.applicationmanager.api.StrictJson;
import com.applicationmanager.monitoring.MonitoringSnapshot;
import com.applicationmanager.monitoring.OurQueues;
import com.applicationmanager.monitoring.QueueMonitor;

import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.smallrye.common.annotation.Blocking;

@Path("/api/v1/admin/queues")
@RolesAllowed("admin")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiDocumentation.ADMIN_QUEUES)
@SecurityRequirement(name = ApiDocumentation.ADMIN_SCHEME)
public class QueueAdminResource {

    /** The body of a purge: the queue's name once more, so that nobody empties a queue by a slip. */
    public record PurgeRequest(String confirm) {
    }

    /** What a purge removed. */
    public record PurgeResult(String queue, int purged) {
    }

    private final QueueMonitor monitor;
    private final OurQueues queues;
    private final QueuePurge purge;
    private final AuditLog audit;

    public QueueAdminResource(QueueMonitor monitor, OurQueues queues, QueuePurge purge, AuditLog audit) {
        this.monitor = monitor;
        this.queues = queues;
        this.purge = purge;
        this.audit = audit;
    }

    /** Every queue of this deployment: depth (ready, unacknowledged), consumers, rates, age of the oldest message. */
    @GET
    @Operation(summary = "The deployment's queues",
            description = "Depth (ready, unacknowledged), consumers, publish and deliver rates and the oldest message's age "
                    + "per queue. Without RabbitMQ's management plugin, only what AMQP tells (ready, consumers); the "
                    + "answer says so.")
    @APIResponse(responseCode = "200", description = "Every queue of this deployment")
    public MonitoringSnapshot list() {
        return monitor.refresh();
    }

    /** Empties a queue; refused unless {@code confirm} repeats the queue's name. */
    @POST
    @Path("{queue}/purge")
    @Consumes(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJson.class)
    @Operation(summary = "Purge a queue", description = "Empties the queue for good; the body repeats its name.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "confirm", value = """
            {"confirm": "applications.dead-letter"}""")))
    @APIResponse(responseCode = "200", description = "How many messages were removed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PurgeResult.class),
                    examples = @ExampleObject(name = "purged", value = """
                    {"queue": "applications.dead-letter", "purged": 3}""")))
    @APIResponse(responseCode = "400", description = "confirm is missing or not the queue's name (urn:problem:validation)")
    @APIResponse(responseCode = "404", description = "Not a queue of this deployment (about:blank)")
    @APIResponse(responseCode = "409", description = "Another admin operation is working on the dead-letter queue (about:blank)")
    public PurgeResult purge(@Parameter(description = "The queue's full name, as the queue list gives it",
            example = "applications.dead-letter") @PathParam("queue") String queue, PurgeRequest request) {
        if (queues.named(queue).isEmpty()) {
            audit.record("purge", queue, AuditLog.Outcome.REFUSED, 0, "not a queue of this deployment");
            throw new AdminProblems.UnknownQueue(queue);
        }
        if (request == null || !queue.equals(request.confirm())) {
            audit.record("purge", queue, AuditLog.Outcome.REFUSED, 0, "confirmation missing or not the queue's name");
            throw new AdminProblems.InvalidAdminRequest("confirm",
                    "A purge needs \"confirm\" set to the queue's name, '" + queue + "'");
        }
        int purged;
        try {
            purged = purge.purge(queue);
        } catch (RuntimeException e) {
            audit.record("purge", queue, AuditLog.Outcome.FAILED, 0, e.getMessage());
            throw e;
        }
        audit.record("purge", queue, AuditLog.Outcome.DONE, purged, null);
        return new PurgeResult(queue, purged);
    }
}
