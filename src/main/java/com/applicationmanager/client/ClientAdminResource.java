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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.applicationmanager.api.ApiDocumentation;
import com.applicationmanager.api.StrictJson;
import com.applicationmanager.problem.Problem;

import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.smallrye.common.annotation.Blocking;

/** Operators manage clients and their keys here; needs the operator credential (role admin). */
@Path("/api/v1/admin/clients")
@RolesAllowed(Roles.ADMIN)
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiDocumentation.ADMIN_CLIENTS)
@SecurityRequirement(name = ApiDocumentation.ADMIN_SCHEME)
public class ClientAdminResource {

    private final ClientRegistry clients;

    public ClientAdminResource(ClientRegistry clients) {
        this.clients = clients;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJson.class)
    @Operation(summary = "Create a client and its first key",
            description = "The key (`apiKey`) is in this answer only; the client's id, for the other operations, is `client.id`.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "acme", value = """
            {"name": "acme-careers", "tenant": "acme", "tier": "enterprise", "rateLimitPerMinute": 600}""")))
    @APIResponse(responseCode = "201", description = "Created; Location names the client",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssuedKey.class),
                    examples = @ExampleObject(name = "issued", ref = ApiDocumentation.ISSUED_KEY)))
    @APIResponse(responseCode = "400", description = "An invalid field, named in violations (urn:problem:validation)")
    @APIResponse(responseCode = "409", description = "A client has this name already (urn:problem:client-name-taken)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "client-name-taken", value = """
                    {"type": "urn:problem:client-name-taken", "title": "Client name taken", "status": 409,
                     "detail": "A client named 'acme-careers' exists already; client names are unique"}""")))
    public RestResponse<IssuedKey> create(@Valid @NotNull NewClient request, UriInfo uri) {
        IssuedKey issued = clients.create(request);
        return RestResponse.ResponseBuilder.create(Response.Status.CREATED, issued)
                .location(locationOf(uri, issued.client().id())).build();
    }

    @GET
    @Operation(summary = "List clients", description = "Revoked clients only when asked for.")
    @APIResponse(responseCode = "200", description = "The clients with their keys (prefixes only)")
    public List<ClientView> list(@Parameter(description = "Also the revoked clients") @QueryParam("includeRevoked") @DefaultValue("false") boolean includeRevoked) {
        return clients.list(includeRevoked);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One client with its keys (prefixes only)")
    @APIResponse(responseCode = "200", description = "The client")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NO_SUCH_CLIENT)
    public ClientView get(@Parameter(description = "The client's id: `client.id` in the answer that created it") @PathParam("id") UUID id) {
        return clients.get(id);
    }

    @POST
    @Path("{id}/keys")
    @Operation(summary = "Rotate: issue a new key",
            description = "The keys in use keep working for overlapSeconds (0: they stop at once), so that "
                    + "the client can switch without a gap.")
    @APIResponse(responseCode = "201", description = "The new key, shown once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssuedKey.class),
                    examples = @ExampleObject(name = "issued", ref = ApiDocumentation.ISSUED_KEY)))
    @APIResponse(responseCode = "400", description = "overlapSeconds outside 0-604800 (urn:problem:validation)")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NO_SUCH_CLIENT)
    @APIResponse(responseCode = "409", description = "The client was revoked; none of its keys works again "
            + "(urn:problem:client-revoked)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<IssuedKey> rotate(@Parameter(description = "The client's id: `client.id` in the answer that created it") @PathParam("id") UUID id,
            @Parameter(description = "How long the keys in use keep working, in seconds (0-604800)") @QueryParam("overlapSeconds") @DefaultValue("0") @Min(0) @Max(604_800) long overlapSeconds, UriInfo uri) {
        IssuedKey issued = clients.rotate(id, Duration.ofSeconds(overlapSeconds));
        return RestResponse.ResponseBuilder.create(Response.Status.CREATED, issued)
                .location(locationOf(uri, id)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a client", description = "Its keys stop working at once; the record stays.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NO_SUCH_CLIENT)
    public void revoke(@Parameter(description = "The client's id: `client.id` in the answer that created it") @PathParam("id") UUID id) {
        clients.revoke(id);
    }

    private static URI locationOf(UriInfo uri, UUID id) {
        return uri.getBaseUriBuilder().path("api/v1/admin/clients/{id}").build(id);
    }
}
