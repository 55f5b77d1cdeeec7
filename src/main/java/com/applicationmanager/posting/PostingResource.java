package com.applicationmanager.posting;

import java.net.URI;

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

import com.applicationmanager.client.Roles;
import com.applicationmanager.posting.PostingProblems.PostingNotFound;

import io.smallrye.common.annotation.Blocking;

/** Create, change, close and list job postings. */
@RolesAllowed({ Roles.CLIENT, Roles.ADMIN })
@Path("/api/v1/postings")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
public class PostingResource {

    private final JobPostings postings;

    public PostingResource(JobPostings postings) {
        this.postings = postings;
    }

    /** Creates an open posting; 201 with its URL, 409 when the id is taken. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<PostingView> create(@Valid @NotNull PostingRequest request, UriInfo uri) {
        PostingView created = postings.create(request);
        URI location = uri.getBaseUriBuilder().path("api/v1/postings/{id}").build(created.id());
        return RestResponse.ResponseBuilder.create(Response.Status.CREATED, created).location(location).build();
    }

    @GET
    @Path("{id}")
    public PostingView get(@PathParam("id") String id) {
        return postings.find(id).orElseThrow(() -> new PostingNotFound(id));
    }

    /** Replaces the posting's content; 422 when it is closed. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PostingView update(@PathParam("id") String id, @Valid @NotNull PostingRequest request) {
        return postings.update(id, request);
    }

    /** Stops the posting taking applications; applications already accepted are still processed. */
    @POST
    @Path("{id}/close")
    public PostingView close(@PathParam("id") String id) {
        return postings.close(id);
    }

    /** Postings by id; pass the answer's {@code next} as {@code after} for the following page. */
    @GET
    public PostingPage list(@QueryParam("status") PostingStatus status,
            @QueryParam("type") @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be a job type") String type,
            @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return postings.list(status, type, after, limit);
    }
}
