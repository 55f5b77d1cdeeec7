package com.applicationmanager.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.applicationmanager.problem.SecurityProblemMappers;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Checks HTTP Basic credentials against the one operator credential from configuration. Compares digests
 * with {@link MessageDigest#isEqual}, so the time taken says nothing about how much of a guess was right.
 */
@ApplicationScoped
public class AdminIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final AdminConfig config;

    public AdminIdentityProvider(AdminConfig config) {
        this.config = config;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        Optional<String> password = config.password();
        boolean userMatches = same(request.getUsername(), config.username());
        boolean passwordMatches = password.isPresent()
                && same(new String(request.getPassword().getPassword()), password.get());
        if (!userMatches || !passwordMatches) {
            return Uni.createFrom().failure(SecurityProblemMappers.rejected("The operator credential is not valid"));
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(config.username()))
                .addRole(Roles.ADMIN)
                .build());
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(ApiKeys.hash(given == null ? "" : given), ApiKeys.hash(expected));
    }
}
