package com.applicationmanager.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.applicationmanager.api.ApiDocumentation;
import com.applicationmanager.client.ClientPrincipal;
import com.applicationmanager.client.RateLimiter;
import com.applicationmanager.client.Roles;
import com.applicationmanager.problem.Problem;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;

/** Many applications in one request, stored through the same group commit as single submissions. */
@Path(BulkImportResource.PATH)
@Tag(name = ApiDocumentation.APPLICATIONS)
@SecurityRequirement(name = ApiDocumentation.CLIENT_SCHEME)
public class BulkImportResource {

    public static final String PATH = "/api/v1/applications/bulk";
    static final String NDJSON = "application/x-ndjson";

    private final SubmissionIntake intake;
    private final RateLimiter limiter;
    private final SecurityIdentity identity;

    public BulkImportResource(SubmissionIntake intake, RateLimiter limiter, SecurityIdentity identity) {
        this.intake = intake;
        this.limiter = limiter;
        this.identity = identity;
    }

    @POST
    @Blocking
    @RolesAllowed(Roles.CLIENT)
    @Consumes({ MediaType.APPLICATION_JSON, NDJSON })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import many applications",
            description = "Up to 1,000 applications as a JSON array, or one per line as application/x-ndjson. Each item "
                    + "is the body of a single submission, plus an optional idempotencyKey. Every valid item is stored; "
                    + "the answer (200) has one result per item, in order, and errors=true when any was not stored. "
                    + "Each stored item counts against the client's rate limit as one request.")
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationRequest.class,
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY),
                    examples = @ExampleObject(name = "two applications", value = EXAMPLE)),
            @Content(mediaType = NDJSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)) })
    @APIResponse(responseCode = "200", description = "One result per item: 202 with id and status URL, or its problem",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(responseCode = "413", description = "More than 1,000 items, or a body over 8 MiB; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BulkResult importAll(BulkBodyReader.Items body, UriInfo uri) {
        List<BulkItem> items = body.list();
        ClientPrincipal client = (ClientPrincipal) identity.getPrincipal();
        List<CompletableFuture<Submission>> answers = new ArrayList<>(items.size());
        Problem[] refusals = new Problem[items.size()];
        boolean requestCounted = false;
        for (BulkItem item : items) {
            answers.add(null);
            if (item.problem() != null) {
                refusals[item.index()] = item.problem();
                continue;
            }
            long wait = requestCounted ? limiter.secondsToWait(client) : 0;
            requestCounted = true; // the request itself was counted once, for its first stored item
            if (wait > 0) {
                refusals[item.index()] = Problem.typed("rate-limited", "Too Many Requests", 429, "This client may make "
                        + client.rateLimitPerMinute() + " requests a minute; send this item again in " + wait + " s");
                continue;
            }
            try {
                answers.set(item.index(), intake.enqueue(item.request(), client, item.idempotencyKey()));
            } catch (RuntimeException refused) {
                refusals[item.index()] = ItemProblems.of(refused);
            }
        }
        List<BulkResult.Item> results = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            results.add(refusals[i] != null ? BulkResult.Item.refused(i, refusals[i]) : result(i, answers.get(i), uri));
        }
        return BulkResult.of(results);
    }

    private BulkResult.Item result(int index, CompletableFuture<Submission> answer, UriInfo uri) {
        try {
            Submission submission = intake.await(answer);
            return BulkResult.Item.stored(index, submission,
                    uri.getBaseUriBuilder().path("api/v1/applications/{id}").build(submission.id()));
        } catch (RuntimeException refused) {
            return BulkResult.Item.refused(index, ItemProblems.of(refused));
        }
    }

    private static final String EXAMPLE = """
            [{"candidateName": "Ada Lovelace", "email": "ada.lovelace@example.org", "jobPostingId": "eng-backend-042",
              "resumeText": "Ten years of Java and distributed systems.", "type": "engineering",
              "idempotencyKey": "import-2026-12-01-0001"},
             {"candidateName": "Grace Hopper", "email": "grace.hopper@example.org", "jobPostingId": "eng-backend-042",
              "resumeUrl": "https://cv.example.org/grace.pdf", "type": "engineering"}]""";
}
