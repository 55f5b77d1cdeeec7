package com.applicationmanager.admin;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.applicationmanager.api.StrictJson;
import com.applicationmanager.messaging.TopologyConfig;

import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.smallrye.common.annotation.Blocking;

@Path("/api/v1/admin/dead-letters")
@RolesAllowed("admin")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    /** Either {@code all: true} or the application ids to send back. */
    public record ReprocessRequest(Boolean all, List<UUID> applicationIds) {
    }

    private final DeadLetterBrowser browser;
    private final DeadLetterReprocessor reprocessor;
    private final AuditLog audit;
    private final TopologyConfig topology;

    public DeadLetterResource(DeadLetterBrowser browser, DeadLetterReprocessor reprocessor, AuditLog audit,
            TopologyConfig topology) {
        this.browser = browser;
        this.reprocessor = reprocessor;
        this.audit = audit;
        this.topology = topology;
    }

    /** A page of the dead-letter queue, head first, without taking anything out of it. */
    @GET
    public DeadLetterPage browse(@QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit) {
        return browser.browse(offset, limit);
    }

    /** Sends one, a selection, or all dead letters back to the main exchange, attempts reset. */
    @POST
    @Path("reprocess")
    @Consumes(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJson.class)
    public ReprocessResult reprocess(ReprocessRequest request) {
        boolean all = request != null && Boolean.TRUE.equals(request.all());
        List<UUID> ids = request == null || request.applicationIds() == null ? List.of() : request.applicationIds();
        if (all == !ids.isEmpty() || ids.stream().anyMatch(Objects::isNull)) {
            audit.record("reprocess", topology.deadLetterQueue(), AuditLog.Outcome.REFUSED, 0,
                    "neither all=true nor a list of application ids");
            throw new AdminProblems.InvalidAdminRequest("applicationIds",
                    "Give either \"all\": true or a non-empty list of \"applicationIds\", not both");
        }
        ReprocessResult result;
        try {
            result = reprocessor.reprocess(Set.copyOf(ids), audit.actor());
        } catch (RuntimeException e) {
            audit.record("reprocess", topology.deadLetterQueue(), AuditLog.Outcome.FAILED, 0, e.getMessage());
            throw e;
        }
        audit.record("reprocess", topology.deadLetterQueue(), AuditLog.Outcome.DONE, result.reprocessed(),
                (all ? "all" : ids.size() + " selected") + "; examined " + result.examined() + ", skipped "
                        + result.skipped().size() + ", duplicates removed " + result.duplicatesRemoved()
                        + ", not found " + result.notFound().size());
        return result;
    }
}
