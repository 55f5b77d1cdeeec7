package com.applicationmanager.live;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.applicationmanager.client.ClientPrincipal;
import com.applicationmanager.client.RateLimiter;
import com.applicationmanager.role.Role;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Answers a WebSocket handshake before it upgrades (upgrades bypass the REST layer, its filters and its
 * {@code @RolesAllowed}): 404 on a worker process, 401 without valid credentials, then what
 * {@link StreamAccess} decides, so a stream the caller may not see is refused before a single frame; 429
 * when the client's rate limit is used up (an upgrade counts as a request) or it has too many streams open.
 */
@ApplicationScoped
public class LiveUpgradeCheck implements HttpUpgradeCheck {

    private static final int TOO_MANY = 429;

    private final Role role;
    private final StreamAccess access;
    private final StreamSlots slots;
    private final RateLimiter limiter;

    public LiveUpgradeCheck(@ConfigProperty(name = "app.role") Role role, StreamAccess access, StreamSlots slots,
            RateLimiter limiter) {
        this.role = role;
        this.access = access;
        this.slots = slots;
        this.limiter = limiter;
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        if (!role.servesApi()) {
            return CheckResult.rejectUpgrade(404);
        }
        String id = context.pathParam("id");
        String tenant = context.pathParam("tenant");
        Optional<Topic> topic = StreamAccess.topicOf(id, tenant);
        boolean namesAStream = id != null || tenant != null;
        String address = context.httpRequest().remoteAddress().hostAddress();
        Context eventLoop = Vertx.currentContext();
        return context.securityIdentity()
                .onFailure().recoverWithItem((SecurityIdentity) null) // a key that is not valid: no identity
                // the decision may look the application up, which blocks: a worker thread, then back to the
                // connection's event loop for the handshake
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(identity -> {
                    int status = decide(identity, namesAStream, topic, address);
                    if (status == StreamAccess.Decision.ALLOWED.status && identity != null) {
                        context.userData().put(LiveStreams.CALLER, StreamSlots.callerOf(identity));
                        context.userData().put(LiveStreams.ADDRESS, address);
                    }
                    return status;
                })
                .emitOn(task -> eventLoop.runOnContext(ignored -> task.run()))
                .map(status -> status == 200 ? CheckResult.permitUpgradeSync() : CheckResult.rejectUpgradeSync(status));
    }

    /** An endpoint that names no stream (none so far) only needs credentials; it decides the rest itself. */
    private int decide(SecurityIdentity identity, boolean namesAStream, Optional<Topic> topic, String address) {
        if (identity == null || identity.isAnonymous()) {
            return StreamAccess.Decision.UNAUTHENTICATED.status;
        }
        if (identity.getPrincipal() instanceof ClientPrincipal client && limiter.secondsToWait(client) > 0) {
            return TOO_MANY;
        }
        if (!namesAStream) {
            return StreamAccess.Decision.ALLOWED.status;
        }
        int decision = topic.map(t -> access.decide(identity, t).status).orElse(StreamAccess.Decision.NOT_FOUND.status);
        if (decision == StreamAccess.Decision.ALLOWED.status && !slots.available(StreamSlots.callerOf(identity), address)) {
            return TOO_MANY;
        }
        return decision;
    }
}
