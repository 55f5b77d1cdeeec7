package com.applicationmanager.submission;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

import com.applicationmanager.outbox.OutboxRelay;
import com.applicationmanager.posting.JobPostings;
import com.applicationmanager.tracking.JobApplication;

import io.smallrye.common.annotation.Blocking;

@Path("/api/v1/applications")
public class SubmissionResource {

    private final SubmissionService submissions;
    private final OutboxRelay relay;
    private final JobPostings postings;

    public SubmissionResource(SubmissionService submissions, OutboxRelay relay, JobPostings postings) {
        this.submissions = submissions;
        this.relay = relay;
        this.postings = postings;
    }

    /** Accepts an application for background processing; answers as soon as it is stored. */
    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<SubmissionAccepted> submit(@Valid @NotNull ApplicationRequest request, UriInfo uri) {
        postings.requireOpen(request.jobPostingId());
        JobApplication application = submissions.submit(request);
        relay.wake();
        URI statusUrl = uri.getBaseUriBuilder().path("api/v1/applications/{id}").build(application.id);
        return RestResponse.ResponseBuilder
                .create(Response.Status.ACCEPTED, new SubmissionAccepted(application.id, application.status, statusUrl))
                .location(statusUrl)
                .build();
    }
}
