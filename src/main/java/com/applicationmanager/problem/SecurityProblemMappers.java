package com.applicationmanager.problem;

import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * 401 and 403 as problem+json. Needs {@code quarkus.http.auth.proactive=false}: authentication then happens
 * inside the REST layer, where these mappers see its failures.
 */
public class SecurityProblemMappers {

    /** Both ways in: a client key in X-API-Key, or the operator credential over HTTP Basic. */
    static final Map<String, String> CHALLENGE = Map.of(HttpHeaders.WWW_AUTHENTICATE,
            "ApiKey header=\"X-API-Key\", Basic realm=\"application-manager\"");

    private static final String CLIENT_DETAIL = "problem-detail";
    private static final String RETRY_AFTER = "retry-after-seconds";

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        Long retryAfter = e.getAttribute(RETRY_AFTER);
        if (retryAfter != null) {
            return Problem.typed("sign-in-throttled", "Too Many Requests", 429,
                    "Too many failed sign-ins for this user or from this address; try again in " + retryAfter + " s")
                    .toResponse(Map.of(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter)));
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
        return Problem.typed("forbidden", "Forbidden", 403,
                "The credentials sent are valid but do not allow this; client keys cannot use admin paths "
                        + "and the operator credential does not submit applications")
                .toResponse();
    }

    private static Response unauthorized(String detail) {
        return Problem.typed("unauthorized", "Unauthorized", 401, detail).toResponse(CHALLENGE);
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
