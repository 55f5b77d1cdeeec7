package com.applicationmanager.live;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.applicationmanager.client.ClientPrincipal;
import com.applicationmanager.client.Roles;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who may follow which stream: the one decision both transports take before anything is sent (SSE before
 * the stream starts, WebSocket before the upgrade). An application stream belongs to the application's
 * tenant; a tenant stream to that tenant; an operator may follow any. Everything else is "not found", the
 * same answer {@code GET /api/v1/applications/{id}} gives, so ids and tenant names reveal nothing.
 */
@ApplicationScoped
public class StreamAccess {

    private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public enum Decision {
        ALLOWED(200), UNAUTHENTICATED(401), NOT_FOUND(404);

        public final int status;

        Decision(int status) {
            this.status = status;
        }
    }

    private final StoredTimeline timeline;

    public StreamAccess(StoredTimeline timeline) {
        this.timeline = timeline;
    }

    /** Blocking for an application stream: looks up the application's tenant. */
    public Decision decide(SecurityIdentity identity, Topic topic) {
        if (identity == null || identity.isAnonymous()) {
            return Decision.UNAUTHENTICATED;
        }
        boolean operator = identity.hasRole(Roles.ADMIN);
        String callerTenant = identity.getPrincipal() instanceof ClientPrincipal client
                && identity.hasRole(Roles.CLIENT) ? client.tenant() : null;
        if (!operator && callerTenant == null) {
            return Decision.NOT_FOUND;
        }
        Optional<String> owner = topic.isApplication() ? timeline.tenantOf(UUID.fromString(topic.value()))
                : Optional.of(topic.value());
        if (owner.isEmpty()) {
            return Decision.NOT_FOUND;
        }
        return operator || owner.get().equals(callerTenant) ? Decision.ALLOWED : Decision.NOT_FOUND;
    }

    /**
     * For the SSE resources: returns when the stream may start.
     *
     * @throws UnauthorizedException without credentials
     * @throws StreamNotFound answered as the same 404 problem the object's own GET gives
     */
    void require(SecurityIdentity identity, Topic topic) {
        switch (decide(identity, topic)) {
            case ALLOWED -> {
            }
            case UNAUTHENTICATED -> throw new UnauthorizedException();
            case NOT_FOUND -> throw new StreamNotFound(topic);
        }
    }

    /** The topic a path names, or empty when the path parameter cannot name one (answered as not found). */
    static Optional<Topic> topicOf(String applicationId, String tenant) {
        if (applicationId != null) {
            try {
                return Optional.of(Topic.application(UUID.fromString(applicationId)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return tenant != null && TENANT.matcher(tenant).matches() ? Optional.of(Topic.tenant(tenant)) : Optional.empty();
    }
}
