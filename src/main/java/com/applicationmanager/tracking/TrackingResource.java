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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.applicationmanager.api.ApiDocumentation;
import com.applicationmanager.client.ClientPrincipal;
import com.applicationmanager.client.Roles;
import com.applicationmanager.problem.Problem;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;

@Path("/api/v1/applications")
@RolesAllowed({ Roles.CLIENT, Roles.ADMIN })
@Tag(name = ApiDocumentation.APPLICATIONS)
@SecurityRequirement(name = ApiDocumentation.CLIENT_SCHEME)
@SecurityRequirement(name = ApiDocumentation.ADMIN_SCHEME)
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
    @Operation(summary = "List applications, newest first",
            description = "Filtered by any of the query parameters; a page holds at most `limit` applications. When more "
                    + "follow, the answer has `nextCursor`: send it back as `cursor` (with the same filters) for the next "
                    + "page. A client sees only its own tenant's applications; an operator any, or one tenant's with `tenant`.")
    @APIResponse(responseCode = "200", description = "One page; `nextCursor` is absent on the last",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationPage.class), examples = @ExampleObject(name = "a page", value = """
                    {"items": [{"id": "0f8e5a7c-3d2b-4c1a-9e8f-7a6b5c4d3e2f", "status": "COMPLETED", "type": "engineering",
                      "tenant": "public", "jobPostingId": "eng-backend-042", "attempts": 1,
                      "submittedAt": "2026-12-01T09:30:00.120Z", "updatedAt": "2026-12-01T09:30:00.410Z"}],
                     "nextCursor": "MjAyNi0xMi0wMVQwOTozMDowMC4xMjBafDBmOGU1YTdj"}""")))
    @APIResponse(responseCode = "400", description = "A filter or the cursor is not valid (urn:problem:validation, naming "
            + "the parameter): an unknown status, a malformed instant, limit outside 1-200, a cursor this listing did not give",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "cursor", value = """
                    {"type": "urn:problem:validation", "title": "Invalid request", "status": 400,
                     "detail": "The cursor is not one this API handed out", "violations": [{"field": "cursor",
                     "message": "The cursor is not one this API handed out"}]}""")))
    public ApplicationPage list(
            @Parameter(description = "Only applications in this status") @QueryParam("status") ApplicationStatus status,
            @Parameter(description = "Only this job type", example = "engineering") @QueryParam("type") String type,
            @Parameter(description = "Operators only: one tenant's applications (a client always sees its own)")
            @QueryParam("tenant") String tenant,
            @Parameter(description = "Only applications to this job posting", example = "eng-backend-042")
            @QueryParam("postingId") String postingId,
            @Parameter(description = "Submitted at or after this instant (ISO-8601)", example = "2026-12-01T00:00:00Z")
            @QueryParam("from") Instant from,
            @Parameter(description = "Submitted before this instant (ISO-8601)", example = "2026-12-02T00:00:00Z")
            @QueryParam("to") Instant to,
            @Parameter(description = "The previous page's `nextCursor`, to get the page after it; absent for the first page")
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Most applications in the page (1-200)")
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
    @Operation(summary = "Follow one application",
            description = "Where it stands, its result once completed, and its timeline (every status change, oldest first).")
    @APIResponse(responseCode = "200", description = "The application and its timeline",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class), examples = @ExampleObject(name = "completed", value = """
                    {"id": "0f8e5a7c-3d2b-4c1a-9e8f-7a6b5c4d3e2f", "status": "COMPLETED", "type": "engineering",
                     "tenant": "public", "jobPostingId": "eng-backend-042", "attempts": 1,
                     "submittedAt": "2026-12-01T09:30:00.120Z", "updatedAt": "2026-12-01T09:30:00.410Z",
                     "timeline": [{"status": "RECEIVED", "at": "2026-12-01T09:30:00.120Z", "attempt": 0, "reason": "submitted"},
                      {"status": "PROCESSING", "at": "2026-12-01T09:30:00.250Z", "attempt": 1, "reason": "attempt 1"},
                      {"status": "COMPLETED", "at": "2026-12-01T09:30:00.410Z", "attempt": 1, "reason": "all steps done"}]}""")))
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NO_SUCH_APPLICATION)
    public ApplicationView get(@Parameter(description = "The id from the submission's answer (or its Location)")
            @PathParam("id") UUID id) {
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
