package com.applicationmanager.submission;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
import com.applicationmanager.problem.Problem;

import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerRequest;

@Path("/api/v1/applications")
@Tag(name = ApiDocumentation.APPLICATIONS)
@SecurityRequirement(name = ApiDocumentation.CLIENT_SCHEME)
public class SubmissionResource {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final SubmissionIntake intake;
    private final SecurityIdentity identity;

    public SubmissionResource(SubmissionIntake intake, SecurityIdentity identity) {
        this.intake = intake;
        this.identity = identity;
    }

    /** Accepts an application for background processing; answers as soon as the batch it joined is committed. */
    @POST
    @Blocking
    @RolesAllowed(Roles.CLIENT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJson.class)
    @Operation(summary = "Submit an application",
            description = "Stores the application for the calling client's tenant and tier and answers at once; "
                    + "processing happens in the background. Follow it at the status URL.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApplicationRequest.class),
            examples = @ExampleObject(name = "engineering", value = EXAMPLE)))
    @APIResponse(responseCode = "202", description = "Stored; processing follows. Location is the status URL. "
            + "A repeated Idempotency-Key with the same body answers the same, with Idempotent-Replayed: true.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionAccepted.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with a different body, the job "
            + "type is not one this service runs (urn:problem:unknown-job-type), the posting is unknown or closed, or the "
            + "database refused the row",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The database did not store it (restarting, unreachable, or too "
            + "many submissions waiting); nothing is stored. Retry after Retry-After, with the same Idempotency-Key.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Parameter(name = InvalidIdempotencyKey.HEADER, in = ParameterIn.HEADER, schema = @Schema(type = SchemaType.STRING,
            maxLength = 255), description = "Makes retries safe: 1-255 visible ASCII characters, remembered for "
                    + "24 hours per client", example = "5f0c8d7e-3b1a-4c2e-9d4f-8a6b2c1e0f93")
    public RestResponse<SubmissionAccepted> submit(@Valid @NotNull ApplicationRequest request, UriInfo uri,
            HttpServerRequest http) {
        ClientPrincipal client = (ClientPrincipal) identity.getPrincipal();
        String idempotencyKey = InvalidIdempotencyKey.check(http.headers().getAll(InvalidIdempotencyKey.HEADER));
        Submission submission = intake.await(intake.enqueue(request, client, idempotencyKey));
        URI statusUrl = uri.getBaseUriBuilder().path("api/v1/applications/{id}").build(submission.id());
        RestResponse.ResponseBuilder<SubmissionAccepted> response = RestResponse.ResponseBuilder
                .create(Response.Status.ACCEPTED, new SubmissionAccepted(submission.id(), submission.status(), statusUrl))
                .location(statusUrl);
        if (submission.replayed()) {
            response.header(REPLAYED_HEADER, "true");
        }
        return response.build();
    }

    private static final String EXAMPLE = """
            {"candidateName": "Ada Lovelace", "email": "ada.lovelace@example.org", "phone": "+44 20 7946 0958",
             "jobPostingId": "eng-backend-042", "resumeText": "Ten years of Java and distributed systems.",
             "coverLetter": "I would love to build reliable background processing with your team.",
             "screeningAnswers": {"Years of experience with Java": "10"}, "source": "careers-site",
             "type": "engineering"}""";
}
