package com.applicationmanager.problem;

import java.nio.charset.CharacterCodingException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns every error the API can raise into problem+json, without class names or stack traces. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private static final Map<Integer, String> DETAILS = Map.of(
            404, "Nothing is served at this path",
            405, "This path does not accept this method; OPTIONS on it lists those it does",
            406, "This path answers only in application/json; accept that (or */*)",
            415, "This path takes a body of type application/json (UTF-8)");

    @ServerExceptionMapper
    public Response invalidBody(ConstraintViolationException e) {
        List<Problem.FieldViolation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldViolation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldViolation::field))
                .toList();
        return Problem.invalid("The request body has " + violations.size() + " invalid field(s)", violations)
                .toResponse();
    }

    @ServerExceptionMapper
    public Response mistypedBody(MismatchedInputException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
        if (e instanceof UnrecognizedPropertyException) {
            return Problem.invalid("The request body has a field this API does not know",
                    List.of(new Problem.FieldViolation(field, "is not a known field"))).toResponse();
        }
        return Problem.invalid("A field has the wrong type",
                List.of(new Problem.FieldViolation(field, "has the wrong type"))).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e) {
        return Problem.of(Response.Status.BAD_REQUEST, "The request body is not valid JSON").toResponse();
    }

    @ServerExceptionMapper
    public Response notUtf8(CharacterCodingException e) {
        return Problem.of(Response.Status.BAD_REQUEST, "The request body is not valid UTF-8").toResponse();
    }

    /** The database went away mid-request (restarting, network cut): nothing more was done; try again. */
    @ServerExceptionMapper
    public Response databaseUnreachable(JDBCConnectionException e) {
        LOG.warnf("The database is not reachable: %s", e.getMessage());
        return Problem.typed("database-unavailable", "Service Unavailable", 503,
                "The database is not reachable; try again shortly").toResponse(Map.of(HttpHeaders.RETRY_AFTER, "1"));
    }

    @ServerExceptionMapper
    public Response refused(ProblemException e) {
        return e.problem().toResponse(e.headers());
    }

    /** The framework's own refusals (404, 405, 406, 415, ...), keeping an Allow header when one is given. */
    @ServerExceptionMapper
    public Response httpError(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        Map<String, String> headers = new HashMap<>();
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            headers.put(HttpHeaders.ALLOW, allow);
        }
        return Problem.of(status, DETAILS.getOrDefault(status.getStatusCode(), status.getReasonPhrase()))
                .toResponse(headers);
    }

    @ServerExceptionMapper(priority = Integer.MAX_VALUE)
    public Response unexpected(Throwable e) {
        LOG.error("Unexpected error while serving a request", e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "An unexpected error occurred").toResponse();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // "submit.request.email" -> "email": the method and parameter names mean nothing to a client
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
