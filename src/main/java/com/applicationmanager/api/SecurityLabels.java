package com.applicationmanager.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import com.applicationmanager.client.Roles;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Names the right way in for each operation. The security Quarkus derives from {@code @RolesAllowed} puts
 * the roles as scopes of the first scheme ({@code clientKey[admin]} for an operator's operation); this
 * replaces them by the scheme each role really uses: operator for {@code admin}, clientKey for
 * {@code client}, both alternatives where either may call.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class SecurityLabels implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        List<SecurityRequirement> requirements = operation.getSecurity();
        if (requirements == null || requirements.isEmpty()) {
            return operation;
        }
        Set<String> roles = new LinkedHashSet<>();
        requirements.forEach(requirement -> requirement.getSchemes().values().forEach(roles::addAll));
        if (roles.isEmpty()) {
            return operation; // named explicitly with @SecurityRequirement
        }
        List<SecurityRequirement> labelled = new ArrayList<>();
        if (roles.contains(Roles.CLIENT)) {
            labelled.add(OASFactory.createSecurityRequirement().addScheme(ApiDocumentation.CLIENT_SCHEME));
        }
        if (roles.contains(Roles.ADMIN)) {
            labelled.add(OASFactory.createSecurityRequirement().addScheme(ApiDocumentation.ADMIN_SCHEME));
        }
        if (!labelled.isEmpty()) {
            operation.setSecurity(labelled);
        }
        return operation;
    }
}
