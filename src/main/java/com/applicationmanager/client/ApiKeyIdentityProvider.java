package com.applicationmanager.client;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/** A valid key makes the request its client's, with the role {@code client}. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    private final KeyAuthenticator keys;

    public ApiKeyIdentityProvider(KeyAuthenticator keys) {
        this.keys = keys;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        ClientPrincipal known = keys.recentlyAuthenticated(request.key());
        if (known != null) {
            return Uni.createFrom().item(identityOf(known)); // no database, no hop to a worker thread
        }
        return context.runBlocking(() -> identityOf(keys.authenticate(request.key())));
    }

    private static SecurityIdentity identityOf(ClientPrincipal client) {
        return QuarkusSecurityIdentity.builder().setPrincipal(client).addRole(Roles.CLIENT).build();
    }
}
