package com.applicationmanager.posting;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.applicationmanager.api.ApiDocumentation;
import com.applicationmanager.api.StrictJson;
import com.applicationmanager.client.ClientPrincipal;
import com.applicationmanager.client.Roles;
import com.applicationmanager.posting.PostingProblems.InvalidPosting;
import com.applicationmanager.posting.PostingProblems.PostingNotFound;
import com.applicationmanager.problem.Problem;
import com.applicationmanager.problem.Problem.FieldViolation;

import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;

/**
 * Create, change, close and list job postings. A client works on its own tenant's postings only (another
 * tenant's are "not found"); an operator names the tenant with {@code ?tenant=}.
 */
@RolesAllowed({ Roles.CLIENT, Roles.ADMIN })
@Path("/api/v1/postings")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiDocumentation.POSTINGS)
@SecurityRequirement(name = ApiDocumentation.CLIENT_SCHEME)
@SecurityRequirement(name = ApiDocumentation.ADMIN_SCHEME)
public class PostingResource {

    private static final String TENANT_PATTERN = "[A-Za-z0-9._-]{1,64}";

    private final JobPostings postings;
    private final SecurityIdentity identity;

    public PostingResource(JobPostings postings, SecurityIdentity identity) {
        this.postings = postings;
        this.identity = identity;
    }

    /** Creates an open posting; 201 with its URL, 409 when the tenant already has the id. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJson.class)
    @Operation(summary = "Create a job posting", description = "Open at once: applications may name it from now on.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "backend engineer", ref = ApiDocumentation.POSTING)))
    @APIResponse(responseCode = "201", description = "Created and open; Location is the posting's URL")
    @APIResponse(responseCode = "400", description = "An invalid field or parameter, named in violations; an operator "
            + "without ?tenant= (urn:problem:validation)")
    @APIResponse(responseCode = "409", description = "The tenant already has a posting with this id; change it with PUT (about:blank)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "exists", value = """
                    {"type": "about:blank", "title": "Conflict", "status": 409, "detail": "A job posting with the id \
                    'eng-backend-042' already exists; change it with PUT /api/v1/postings/eng-backend-042"}""")))
    public RestResponse<PostingView> create(@Valid @NotNull PostingRequest request, @Parameter(description = "Operators only: the tenant whose postings to use (required for them); a client always uses its own") @QueryParam("tenant") String tenant,
            UriInfo uri) {
        PostingView created = postings.create(tenantOf(tenant), request);
        URI location = uri.getBaseUriBuilder().path("api/v1/postings/{id}").build(created.id());
        return RestResponse.ResponseBuilder.create(Response.Status.CREATED, created).location(location).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One job posting")
    @APIResponse(responseCode = "200", description = "The posting, open or closed")
    @APIResponse(responseCode = "400", description = "An invalid field or parameter, named in violations; an operator "
            + "without ?tenant= (urn:problem:validation)")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NO_SUCH_POSTING)
    public PostingView get(@Parameter(description = "The posting's id", example = "eng-backend-042") @PathParam("id") String id,
            @Parameter(description = "Operators only: the tenant whose postings to use (required for them); a client always uses its own") @QueryParam("tenant") String tenant) {
        return postings.find(tenantOf(tenant), id).orElseThrow(() -> new PostingNotFound(id));
    }

    /** Replaces the posting's content; 422 when it is closed. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJson.class)
    @Operation(summary = "Change a job posting", description = "Replaces its content; its revision grows by one. "
            + "Applications already screened keep the revision they were screened against.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "backend engineer", ref = ApiDocumentation.POSTING)))
    @APIResponse(responseCode = "200", description = "The changed posting")
    @APIResponse(responseCode = "400", description = "An invalid field or parameter, named in violations; an operator "
            + "without ?tenant= (urn:problem:validation)")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NO_SUCH_POSTING)
    @APIResponse(responseCode = "422", description = "The posting is closed and cannot change (urn:problem:job-posting-closed)")
    public PostingView update(@Parameter(description = "The posting's id", example = "eng-backend-042") @PathParam("id") String id,
            @Parameter(description = "Operators only: the tenant whose postings to use (required for them); a client always uses its own") @QueryParam("tenant") String tenant,
            @Valid @NotNull PostingRequest request) {
        return postings.update(tenantOf(tenant), id, request);
    }

    /** Stops the posting taking applications; applications already accepted are still processed. */
    @POST
    @Path("{id}/close")
    @Operation(summary = "Close a job posting", description = "It takes no more applications (they answer 422); those "
            + "already accepted are still processed. Closing a closed posting changes nothing.")
    @APIResponse(responseCode = "200", description = "The closed posting")
    @APIResponse(responseCode = "400", description = "An invalid field or parameter, named in violations; an operator "
            + "without ?tenant= (urn:problem:validation)")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NO_SUCH_POSTING)
    public PostingView close(@Parameter(description = "The posting's id", example = "eng-backend-042") @PathParam("id") String id,
            @Parameter(description = "Operators only: the tenant whose postings to use (required for them); a client always uses its own") @QueryParam("tenant") String tenant) {
        return postings.close(tenantOf(tenant), id);
    }

    /** The tenant's postings by id; pass the answer's {@code next} as {@code after} for the following page. */
    @GET
    @Operation(summary = "List job postings by id",
            description = "When more follow, the answer has `next`: send it as `after` for the following page.")
    @APIResponse(responseCode = "200", description = "One page of postings; `next` is null on the last")
    @APIResponse(responseCode = "400", description = "An invalid field or parameter, named in violations; an operator "
            + "without ?tenant= (urn:problem:validation)")
    public PostingPage list(@Parameter(description = "Only postings in this status") @QueryParam("status") PostingStatus status,
            @Parameter(description = "Only this job type", example = "engineering")
            @QueryParam("type") @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be a job type") String type,
            @Parameter(description = "The previous page's `next`, for the page after it") @QueryParam("after") String after,
            @Parameter(description = "Most postings in the page (1-200)") @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @Parameter(description = "Operators only: the tenant whose postings to use (required for them); a client always uses its own") @QueryParam("tenant") String tenant) {
        return postings.list(tenantOf(tenant), status, type, after, limit);
    }

    /** A client's own tenant, whatever it asks for; the tenant an operator names. */
    private String tenantOf(String requested) {
        if (identity.getPrincipal() instanceof ClientPrincipal client) {
            return client.tenant();
        }
        if (requested == null || !requested.matches(TENANT_PATTERN)) {
            throw new InvalidPosting(List.of(new FieldViolation("tenant",
                    "an operator names the tenant whose postings to use, as ?tenant=")));
        }
        return requested;
    }
}
