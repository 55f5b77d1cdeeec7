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

import org.jboss.resteasy.reactive.RestResponse;

import com.applicationmanager.api.StrictJson;
import com.applicationmanager.client.ClientPrincipal;
import com.applicationmanager.client.Roles;
import com.applicationmanager.posting.PostingProblems.InvalidPosting;
import com.applicationmanager.posting.PostingProblems.PostingNotFound;
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
    public RestResponse<PostingView> create(@Valid @NotNull PostingRequest request, @QueryParam("tenant") String tenant,
            UriInfo uri) {
        PostingView created = postings.create(tenantOf(tenant), request);
        URI location = uri.getBaseUriBuilder().path("api/v1/postings/{id}").build(created.id());
        return RestResponse.ResponseBuilder.create(Response.Status.CREATED, created).location(location).build();
    }

    @GET
    @Path("{id}")
    public PostingView get(@PathParam("id") String id, @QueryParam("tenant") String tenant) {
        return postings.find(tenantOf(tenant), id).orElseThrow(() -> new PostingNotFound(id));
    }

    /** Replaces the posting's content; 422 when it is closed. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJson.class)
    public PostingView update(@PathParam("id") String id, @QueryParam("tenant") String tenant,
            @Valid @NotNull PostingRequest request) {
        return postings.update(tenantOf(tenant), id, request);
    }

    /** Stops the posting taking applications; applications already accepted are still processed. */
    @POST
    @Path("{id}/close")
    public PostingView close(@PathParam("id") String id, @QueryParam("tenant") String tenant) {
        return postings.close(tenantOf(tenant), id);
    }

    /** The tenant's postings by id; pass the answer's {@code next} as {@code after} for the following page. */
    @GET
    public PostingPage list(@QueryParam("status") PostingStatus status,
            @QueryParam("type") @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be a job type") String type,
            @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("tenant") String tenant) {
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
