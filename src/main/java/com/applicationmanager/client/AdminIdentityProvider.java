package com.applicationmanager.client;

import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.applicationmanager.problem.SecurityProblemMappers;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * Checks HTTP Basic credentials against the operator accounts from configuration: the one of
 * {@code app.admin.username}/{@code password} and the named ones of {@code app.admin.accounts}. The
 * principal is the account's name, which the audit log records. Compares digests with
 * {@link MessageDigest#isEqual}, so the time taken says nothing about how much of a guess was right, and
 * asks {@link SignInThrottle} first, so a guess while throttled is not even checked.
 */
@ApplicationScoped
public class AdminIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final Map<String, String> passwords = new HashMap<>();
    private final SignInThrottle throttle;

    public AdminIdentityProvider(AdminConfig config, SignInThrottle throttle) {
        this.throttle = throttle;
        config.password().filter(p -> !p.isBlank()).ifPresent(p -> passwords.put(config.username(), p));
        config.accounts().forEach((name, password) -> {
            if (!password.isBlank()) {
                passwords.put(name, password);
            }
        });
    }

    /** Whether {@code user} is one of the operator accounts (a dashboard session is only as good as its account). */
    public boolean isOperator(String user) {
        return user != null && passwords.containsKey(user);
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String user = request.getUsername() == null ? "" : request.getUsername();
        String address = addressOf(request);
        long wait = throttle.secondsToWait(user, address);
        if (wait > 0) {
            return Uni.createFrom().failure(SecurityProblemMappers.throttled(wait));
        }
        String expected = passwords.get(user);
        // a digest comparison for unknown names too, so they take as long as known ones
        boolean matches = same(new String(request.getPassword().getPassword()), expected == null ? "\0" : expected)
                && expected != null;
        if (!matches) {
            throttle.failed(user, address);
            return Uni.createFrom().failure(SecurityProblemMappers.rejected("The operator credential is not valid"));
        }
        throttle.succeeded(user);
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user))
                .addRole(Roles.ADMIN)
                .build());
    }

    /** The peer's address (the client's, with {@code quarkus.http.proxy.proxy-address-forwarding} behind a proxy). */
    private static String addressOf(UsernamePasswordAuthenticationRequest request) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        SocketAddress peer = routing == null ? null : routing.request().remoteAddress();
        return peer == null || peer.hostAddress() == null ? "unknown" : peer.hostAddress();
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(ApiKeys.hash(given), ApiKeys.hash(expected));
    }
}
