package com.applicationmanager.withdrawal;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import com.applicationmanager.client.ClientPrincipal;
import com.applicationmanager.client.Roles;
import com.applicationmanager.tracking.ApplicationNotFound;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;

/** {@code POST .../withdraw} and {@code DELETE} do the same: withdrawal keeps the record and its timeline. */
@RolesAllowed({ Roles.CLIENT, Roles.ADMIN })
@Path("/api/v1/applications/{id}")
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
    public Response withdraw(@PathParam("id") UUID id) {
        // a client reaches only its own tenant's applications; an operator any
        String tenant = identity.getPrincipal() instanceof ClientPrincipal client ? client.tenant() : null;
        return answer(id, withdrawals.withdraw(id, tenant, tenant == null ? "withdrawn by an operator" : "withdrawn by the client"));
    }

    @DELETE
    @Blocking
    public Response delete(@PathParam("id") UUID id) {
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
