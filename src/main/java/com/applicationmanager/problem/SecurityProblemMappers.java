package com.applicationmanager.problem;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;

/**
 * 401 and 403 as problem+json. Needs {@code quarkus.http.auth.proactive=false}: authentication then happens
 * inside the REST layer, where these mappers see its failures.
 */
public class SecurityProblemMappers {

    /**
     * Both ways in, one header per scheme: browsers read only the first challenge of a header line, so a Basic
     * challenge after the ApiKey one on the same line is never offered. The realm is quarkus.http.auth.realm's.
     */
    static final List<String> CHALLENGES = List.of("Basic realm=\"application-manager\"", "ApiKey header=\"X-API-Key\"");

    private static final String CLIENT_DETAIL = "problem-detail";
    private static final String RETRY_AFTER = "retry-after-seconds";

    /** Where the sign-in form posts (quarkus.http.auth.form.post-location) and where a refused one goes back to. */
    private static final String FORM_POST = "/j_security_check";
    private static final URI FORM_REFUSED = URI.create("/sign-in.html?failed");

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        Long retryAfter = e.getAttribute(RETRY_AFTER);
        if (retryAfter != null) {
            return ProblemMappers.response(Problem.typed("sign-in-throttled", "Too Many Requests", 429,
                    "Too many failed sign-ins for this user or from this address; try again in " + retryAfter + " s"),
                    Duration.ofSeconds(retryAfter));
        }
        if (FORM_POST.equals(request.path())) {
            // a person at the sign-in form: show the form again rather than a problem document
            return Response.status(Response.Status.FOUND).location(FORM_REFUSED).build();
        }
        String detail = e.getAttribute(CLIENT_DETAIL);
        return unauthorized(detail != null ? detail : "The credentials sent are not valid");
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthorized("This path needs a client key in the X-API-Key header (or, for /api/v1/admin, "
                + "the operator credential)");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ProblemMappers.response(Problem.typed("forbidden", "Forbidden", 403,
                "The credentials sent are valid but do not allow this; client keys cannot use admin paths "
                        + "and the operator credential does not submit applications"));
    }

    private static Response unauthorized(String detail) {
        Response.ResponseBuilder response = ProblemMappers.builder(Problem.typed("unauthorized", "Unauthorized", 401,
                detail));
        CHALLENGES.forEach(challenge -> response.header(HttpHeaders.WWW_AUTHENTICATE, challenge));
        return response.build();
    }

    /** Sign-in refused unchecked after too many failures: 429 with Retry-After. */
    public static AuthenticationFailedException throttled(long retryAfterSeconds) {
        return new AuthenticationFailedException("sign-in throttled", Map.of(RETRY_AFTER, retryAfterSeconds));
    }

    /** An authentication failure with a detail written for the client (it names no internals). */
    public static AuthenticationFailedException rejected(String detail) {
        return new AuthenticationFailedException(detail, Map.of(CLIENT_DETAIL, detail));
    }
}
