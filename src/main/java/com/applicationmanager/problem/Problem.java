package com.applicationmanager.problem;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail; the only error body the API sends. */
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

    public static Problem of(Response.StatusType status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, List.of());
    }

    /** A problem of a kind of its own, named {@code urn:problem:<kind>}. */
    public static Problem typed(String kind, String title, int status, String detail) {
        return new Problem("urn:problem:" + kind, title, status, detail, List.of());
    }

    public static Problem invalid(String detail, List<FieldViolation> violations) {
        return new Problem("urn:problem:validation", "Invalid request", 400, detail, violations);
    }

    public Response toResponse() {
        return toResponse(Map.of());
    }

    public Response toResponse(Map<String, String> headers) {
        Response.ResponseBuilder response = Response.status(status).type(MEDIA_TYPE).entity(this);
        headers.forEach(response::header);
        return response.build();
    }
}
