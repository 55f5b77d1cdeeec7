package com.applicationmanager.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail; the only error body the API sends. Plain data: what a refusal means for the
 * client, with no HTTP types, so the domain can say it; {@link ProblemMappers} turns it into a response.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail, sent as application/problem+json with every 4xx and 5xx")
public record Problem(
        @Schema(description = "URI naming the kind of problem; about:blank when the status says it all",
                examples = "urn:problem:validation") String type,
        @Schema(examples = "Invalid request") String title,
        @Schema(examples = "400") int status,
        @Schema(description = "What is wrong, for a human", examples = "The request body has 1 invalid field(s)") String detail,
        @Schema(description = "Each invalid field, when the problem is about fields") List<FieldViolation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldViolation")
    public record FieldViolation(@Schema(examples = "email") String field,
            @Schema(examples = "must be a well-formed email address") String message) {
    }

    /** A problem the status says all about ({@code about:blank}), titled with the status's reason phrase. */
    public static Problem plain(int status, String reasonPhrase, String detail) {
        return new Problem("about:blank", reasonPhrase, status, detail, List.of());
    }

    public static Problem notFound(String detail) {
        return plain(404, "Not Found", detail);
    }

    public static Problem conflict(String detail) {
        return plain(409, "Conflict", detail);
    }

    /** A problem of a kind of its own, named {@code urn:problem:<kind>}. */
    public static Problem typed(String kind, String title, int status, String detail) {
        return new Problem("urn:problem:" + kind, title, status, detail, List.of());
    }

    public static Problem invalid(String detail, List<FieldViolation> violations) {
        return new Problem("urn:problem:validation", "Invalid request", 400, detail, violations);
    }

    /** One field at fault, its message also the detail. */
    public static Problem invalidField(String field, String message) {
        return invalid(message, List.of(new FieldViolation(field, message)));
    }
}
