package com.applicationmanager.problem;

import java.nio.charset.CharacterCodingException;
import java.time.Duration;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * The edge where problems become HTTP answers: every refusal the application makes ({@link ProblemException})
 * and every error the framework raises turn into problem+json here, without class names or stack traces.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private static final Map<Integer, String> DETAILS = Map.of(
            404, "Nothing is served at this path",
            405, "This path does not accept this method; OPTIONS on it lists those it does",
            406, "This path answers only in application/json; accept that (or */*)",
            415, "This path takes a body of type application/json (UTF-8)");

    @ServerExceptionMapper
    public Response refused(ProblemException e) {
        return e.retryAfter().map(wait -> response(e.problem(), wait)).orElseGet(() -> response(e.problem()));
    }

    @ServerExceptionMapper
    public Response invalidBody(ConstraintViolationException e) {
        return response(BodyProblems.invalid(e));
    }

    @ServerExceptionMapper
    public Response mistypedBody(MismatchedInputException e) {
        return response(BodyProblems.mistyped(e));
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e) {
        return response(BodyProblems.notJson());
    }

    @ServerExceptionMapper
    public Response notUtf8(CharacterCodingException e) {
        return response(plain(Response.Status.BAD_REQUEST, "The request body is not valid UTF-8"));
    }

    /** The database went away mid-request (restarting, network cut): nothing more was done; try again. */
    @ServerExceptionMapper
    public Response databaseUnreachable(JDBCConnectionException e) {
        LOG.warnf("The database is not reachable: %s", e.getMessage());
        return response(Problem.typed("database-unavailable", "Service Unavailable", 503,
                "The database is not reachable; try again shortly"), Duration.ofSeconds(1));
    }

    /** The framework's own refusals (404, 405, 406, 415, ...), keeping an Allow header when one is given. */
    @ServerExceptionMapper
    public Response httpError(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        Response.ResponseBuilder response = builder(
                plain(status, DETAILS.getOrDefault(status.getStatusCode(), status.getReasonPhrase())));
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        return response.build();
    }

    @ServerExceptionMapper(priority = Integer.MAX_VALUE)
    public Response unexpected(Throwable e) {
        LOG.error("Unexpected error while serving a request", e);
        return response(BodyProblems.unexpected());
    }

    /** An about:blank problem for an HTTP status, titled with its reason phrase. */
    public static Problem plain(Response.StatusType status, String detail) {
        return Problem.plain(status.getStatusCode(), status.getReasonPhrase(), detail);
    }

    /** The answer a problem makes, for the filters that answer before any resource runs. */
    public static Response response(Problem problem) {
        return builder(problem).build();
    }

    /** The same, asking the client to try again after {@code retryAfter}. */
    public static Response response(Problem problem, Duration retryAfter) {
        return builder(problem).header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter.toSeconds())).build();
    }

    static Response.ResponseBuilder builder(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }
}
