package com.applicationmanager.client;

import java.time.Duration;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.applicationmanager.problem.Problem;
import com.applicationmanager.problem.ProblemMappers;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/** Answers 429 with Retry-After once a client has used up its allowance; every API path counts. */
public class RateLimitFilter {

    private final CurrentIdentityAssociation identity;
    private final RateLimiter limiter;

    public RateLimitFilter(CurrentIdentityAssociation identity, RateLimiter limiter) {
        this.identity = identity;
        this.limiter = limiter;
    }

    @ServerRequestFilter
    public Uni<Response> limit() {
        return identity.getDeferredIdentity().map(current -> {
            if (!(current.getPrincipal() instanceof ClientPrincipal client)) {
                return null;
            }
            long wait = limiter.secondsToWait(client);
            if (wait == 0) {
                return null;
            }
            return ProblemMappers.response(Problem.typed("rate-limited", "Too Many Requests", 429,
                    "This client may make " + client.rateLimitPerMinute() + " requests a minute; try again in "
                            + wait + " s"), Duration.ofSeconds(wait));
        });
    }
}
