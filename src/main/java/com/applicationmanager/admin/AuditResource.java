package com.applicationmanager.admin;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.applicationmanager.api.ApiDocumentation;

import io.smallrye.common.annotation.Blocking;

@Path("/api/v1/admin/audit")
@RolesAllowed("admin")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiDocumentation.ADMIN_INSIGHT)
@SecurityRequirement(name = ApiDocumentation.ADMIN_SCHEME)
public class AuditResource {

    private final AuditLog audit;

    public AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    /** The latest admin actions, newest first; {@code action} filters (reprocess, purge, pause, resume). */
    @GET
    @Operation(summary = "The audit log", description = "The latest admin actions, newest first: who, what, on which "
            + "queue, the outcome and how many messages.")
    @APIResponse(responseCode = "200", description = "The entries")
    @APIResponse(responseCode = "400", description = "limit outside 1-500 (urn:problem:validation)")
    public List<AuditLog.View> recent(@Parameter(description = "Most entries (1-500)")
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
            @Parameter(description = "Only this action: reprocess, purge, pause or resume") @QueryParam("action") String action) {
        return audit.recent(limit, action);
    }
}
