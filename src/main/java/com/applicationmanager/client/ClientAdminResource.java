package com.applicationmanager.client;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.applicationmanager.api.ApiDocumentation;
import com.applicationmanager.api.StrictJson;

import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.smallrye.common.annotation.Blocking;

/** Operators manage clients and their keys here; needs the operator credential (role admin). */
@Path("/api/v1/admin/clients")
@RolesAllowed(Roles.ADMIN)
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clients (admin)")
@SecurityRequirement(name = ApiDocumentation.ADMIN_SCHEME)
public class ClientAdminResource {

    private final ClientRegistry clients;

    public ClientAdminResource(ClientRegistry clients) {
        this.clients = clients;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJson.class)
    @Operation(summary = "Create a client and its first key", description = "The key is in this answer only.")
    @APIResponse(responseCode = "201", description = "Created; Location names the client")
    public RestResponse<IssuedKey> create(@Valid @NotNull NewClient request, UriInfo uri) {
        IssuedKey issued = clients.create(request);
        return RestResponse.ResponseBuilder.create(Response.Status.CREATED, issued)
                .location(locationOf(uri, issued.client().id())).build();
    }

    @GET
    @Operation(summary = "List clients", description = "Revoked clients only when asked for.")
    public List<ClientView> list(@QueryParam("includeRevoked") @DefaultValue("false") boolean includeRevoked) {
        return clients.list(includeRevoked);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One client with its keys (prefixes only)")
    public ClientView get(@PathParam("id") UUID id) {
        return clients.get(id);
    }

    @POST
    @Path("{id}/keys")
    @Operation(summary = "Rotate: issue a new key",
            description = "The keys in use keep working for overlapSeconds (0: they stop at once), so that "
                    + "the client can switch without a gap.")
    @APIResponse(responseCode = "201", description = "The new key, shown once")
    public RestResponse<IssuedKey> rotate(@PathParam("id") UUID id,
            @QueryParam("overlapSeconds") @DefaultValue("0") @Min(0) @Max(604_800) long overlapSeconds, UriInfo uri) {
        IssuedKey issued = clients.rotate(id, Duration.ofSeconds(overlapSeconds));
        return RestResponse.ResponseBuilder.create(Response.Status.CREATED, issued)
                .location(locationOf(uri, id)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a client", description = "Its keys stop working at once; the record stays.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revoke(@PathParam("id") UUID id) {
        clients.revoke(id);
    }

    private static URI locationOf(UriInfo uri, UUID id) {
        return uri.getBaseUriBuilder().path("api/v1/admin/clients/{id}").build(id);
    }
}
