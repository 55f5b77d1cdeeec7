package com.applicationmanager.dashboard;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.applicationmanager.api.ApiDocumentation;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;

/**
 * The operator's sign-in as the dashboard sees it. Signing in is Quarkus's form authentication
 * (POST /j_security_check from /sign-in.html); signing out drops its session cookie here.
 */
@Path("/api/v1/admin/session")
@RolesAllowed("admin")
@Tag(name = ApiDocumentation.ADMIN_DASHBOARD)
@SecurityRequirement(name = ApiDocumentation.ADMIN_SCHEME)
public class SessionResource {

    public record Session(String user) {
    }

    private final SecurityIdentity identity;

    public SessionResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who is signed in", description = "The operator whose session cookie or Basic credential came with the request.")
    @APIResponse(responseCode = "200", description = "Signed in")
    public Session current() {
        return new Session(identity.getPrincipal().getName());
    }

    @POST
    @Path("sign-out")
    @Operation(summary = "Sign out", description = "Ends the dashboard session (drops its cookie) and sends the browser to the sign-in page. "
            + "A Basic credential is the caller's to forget.")
    @APIResponse(responseCode = "303", description = "Signed out; Location is the sign-in page")
    public Response signOut() {
        FormAuthenticationMechanism.logout(identity);
        return Response.seeOther(URI.create("/sign-in.html?signed-out")).build();
    }
}
