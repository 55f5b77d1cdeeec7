package com.applicationmanager.withdrawal;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.applicationmanager.api.ApiDocumentation;
import com.applicationmanager.client.ClientPrincipal;
import com.applicationmanager.client.Roles;
import com.applicationmanager.tracking.ApplicationNotFound;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;

/** {@code POST .../withdraw} and {@code DELETE} do the same: withdrawal keeps the record and its timeline. */
@RolesAllowed({ Roles.CLIENT, Roles.ADMIN })
@Path("/api/v1/applications/{id}")
@Tag(name = ApiDocumentation.APPLICATIONS)
@SecurityRequirement(name = ApiDocumentation.CLIENT_SCHEME)
@SecurityRequirement(name = ApiDocumentation.ADMIN_SCHEME)
public class WithdrawalResource {

    private final WithdrawalService withdrawals;
    private final SecurityIdentity identity;

    public WithdrawalResource(WithdrawalService withdrawals, SecurityIdentity identity) {
        this.withdrawals = withdrawals;
        this.identity = identity;
    }

    @POST
    @Path("withdraw")
    @Blocking
    @Operation(summary = "Withdraw an application",
            description = "One still waiting is never processed; one in flight stops before its next step with side "
                    + "effects. Repeating a withdrawal answers 204 again.")
    @APIResponse(responseCode = "204", description = "Withdrawn (or it already was): it will not be processed further; "
            + "the record and its timeline stay, with status WITHDRAWN")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NO_SUCH_APPLICATION)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.TOO_LATE)
    public Response withdraw(@Parameter(description = "The application's id") @PathParam("id") UUID id) {
        // a client reaches only its own tenant's applications; an operator any
        String tenant = identity.getPrincipal() instanceof ClientPrincipal client ? client.tenant() : null;
        return answer(id, withdrawals.withdraw(id, tenant, tenant == null ? "withdrawn by an operator" : "withdrawn by the client"));
    }

    @DELETE
    @Blocking
    @Operation(summary = "Withdraw an application (same as POST .../withdraw)",
            description = "Withdraws, it does not delete: the record and its timeline stay.")
    @APIResponse(responseCode = "204", description = "Withdrawn (or it already was): it will not be processed further; "
            + "the record and its timeline stay, with status WITHDRAWN")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NO_SUCH_APPLICATION)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.TOO_LATE)
    public Response delete(@Parameter(description = "The application's id") @PathParam("id") UUID id) {
        return withdraw(id);
    }

    private static Response answer(UUID id, WithdrawalService.Result result) {
        return switch (result) {
            case WITHDRAWN, ALREADY_WITHDRAWN -> Response.noContent().build();
            case NOT_FOUND -> throw new ApplicationNotFound(id);
            case TOO_LATE -> throw new WithdrawalTooLate(id);
        };
    }
}
