package com.applicationmanager.dashboard;

import jakarta.enterprise.context.ApplicationScoped;

import com.applicationmanager.client.AdminIdentityProvider;
import com.applicationmanager.client.Roles;
import com.applicationmanager.problem.SecurityProblemMappers;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * The operator behind a dashboard session. The form's encrypted cookie carries only the user name it was signed
 * in with, so the role is given again here, and only while that name is still one of the operator accounts.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final AdminIdentityProvider operators;

    public SessionIdentityProvider(AdminIdentityProvider operators) {
        this.operators = operators;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!operators.isOperator(request.getPrincipal())) {
            return Uni.createFrom().failure(SecurityProblemMappers.rejected("This session's operator is not known; sign in again"));
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(request.getPrincipal()))
                .addRole(Roles.ADMIN)
                .build());
    }
}
