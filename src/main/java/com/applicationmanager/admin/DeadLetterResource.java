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
import com.applicationmanager.messaging.TopologyConfig;

import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.smallrye.common.annotation.Blocking;

@Path("/api/v1/admin/dead-letters")
@RolesAllowed("admin")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiDocumentation.ADMIN_QUEUES)
@SecurityRequirement(name = ApiDocumentation.ADMIN_SCHEME)
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
    @Operation(summary = "Browse the dead letters",
            description = "A page of the dead-letter queue, head first, each with its application, reason, attempts and "
                    + "last error; nothing is taken out of the queue.")
    @APIResponse(responseCode = "200", description = "One page and the queue's total")
    @APIResponse(responseCode = "400", description = "offset below 0 or limit outside 1-100 (urn:problem:validation)")
    @APIResponse(responseCode = "409", ref = ApiDocumentation.DEAD_LETTERS_BUSY)
    public DeadLetterPage browse(@Parameter(description = "Dead letters to skip from the head") @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
            @Parameter(description = "Most dead letters in the page (1-100)") @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit) {
        return browser.browse(offset, limit);
    }

    /** Sends one, a selection, or all dead letters back to the main exchange, attempts reset. */
    @POST
    @Path("reprocess")
    @Consumes(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJson.class)
    @Operation(summary = "Reprocess dead letters",
            description = "Sends the chosen dead letters (or all) back for processing with their attempts reset; "
                    + "an application that reached a final state meanwhile is skipped, duplicates are removed.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "selected", value = """
                    {"applicationIds": ["0f8e5a7c-3d2b-4c1a-9e8f-7a6b5c4d3e2f"]}"""),
            @ExampleObject(name = "all", value = """
                    {"all": true}""") }))
    @APIResponse(responseCode = "200", description = "What was examined, sent back, skipped (with why) and not found",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReprocessResult.class),
                    examples = @ExampleObject(name = "one", value = """
                    {"examined": 1, "reprocessed": 1, "duplicatesRemoved": 0, "skipped": [], "notFound": []}""")))
    @APIResponse(responseCode = "400", description = "Neither all=true nor a list of application ids, or both "
            + "(urn:problem:validation)")
    @APIResponse(responseCode = "409", ref = ApiDocumentation.DEAD_LETTERS_BUSY)
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
