package com.numberinventory.adapters.rest;

import com.numberinventory.adapters.ProblemDetails;
import com.numberinventory.adapters.rest.support.PathId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import com.numberinventory.adapters.rest.model.ApiKeyRequest;
import com.numberinventory.adapters.rest.model.ApiKeyView;
import com.numberinventory.adapters.rest.security.ApiKeyCache;
import com.numberinventory.adapters.rest.support.Cursors;
import com.numberinventory.adapters.rest.support.Params;
import com.numberinventory.adapters.rest.support.Times;
import com.numberinventory.application.port.in.apikeys.ApiKeyQueries;
import com.numberinventory.application.port.in.apikeys.CreateApiKeyUseCase;
import com.numberinventory.application.port.in.apikeys.RevokeApiKeyUseCase;
import com.numberinventory.application.shared.Page;
import com.numberinventory.domain.apikey.ApiKey;
import com.numberinventory.domain.apikey.ApiKeyId;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.WorkspaceId;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.List;
import java.util.Optional;

/** API keys: made (shown once), listed, revoked. Needs the {@code keys:admin} scope. */
@Path("/v1/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "API keys", description = "Keys other backends call the API with (scope keys:admin)")
public class ApiKeysResource {

    static final String LIST = "api-keys";

    @Inject
    CreateApiKeyUseCase create;
    @Inject
    RevokeApiKeyUseCase revoke;
    @Inject
    ApiKeyCache keyCache;
    @Inject
    ApiKeyQueries queries;
    @Inject
    Cursors cursors;
    @Inject
    Clock clock;

    @POST
    @Operation(operationId = "createApiKey", summary = "Make an API key", description = "The answer carries the key itself in 'key': it is shown "
            + "this once and stored only as a hash, so keep it now")
    @APIResponse(responseCode = "201", description = "The key, with 'key' shown once", content = @Content(schema = @Schema(implementation = ApiKeyView.class)))
    @APIResponse(responseCode = "400", description = "api_key.name_required, api_key.scope_invalid, "
            + "validation.bad_request")
    public Response create(ApiKeyRequest body) {
        Params.required("body", body);
        Optional<WorkspaceId> workspace = Params.text(body.workspaceId())
                .map(w -> WorkspaceId.parse("workspace_id", w));
        Optional<Instant> expiresAt = Params.text(body.expiresAt()).map(ApiKeysResource::instant);
        List<String> scopes = body.scopes() == null ? List.of() : body.scopes();
        CreateApiKeyUseCase.CreatedApiKey created = create.create(
                new CreateApiKeyUseCase.CreateApiKeyCommand(body.name(), scopes, workspace, expiresAt));
        return Response.created(URI.create("/v1/api-keys/" + created.key().id()))
                .entity(ApiKeyView.withKey(created.key(), clock.instant(), created.plaintext())).build();
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "List API keys", description = "Never shows the keys themselves. Keyset-paged")
    public ApiKeyView.ListView list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Page<ApiKey> page = queries.list(cursors.request(LIST, limit, cursor));
        Instant now = clock.instant();
        return cursors.answer(LIST, page, k -> ApiKeyView.of(k, now), ApiKeyView.ListView::new);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getApiKey", summary = "Get an API key", description = "Never shows the key itself")
    @APIResponse(responseCode = "200", description = "The key's details")
    @APIResponse(responseCode = "404", description = "api_key.not_found")
    public ApiKeyView get(@PathParam("id") @PathId(ErrorCode.API_KEY_NOT_FOUND) UUID id) {
        return ApiKeyView.of(queries.get(new ApiKeyId(id)), clock.instant());
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key", description = "At once and for good: the key answers 401 "
            + "api_key.revoked from now on")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "api_key.not_found")
    @APIResponse(responseCode = "409", description = "api_key.already_revoked")
    // A 204 has no body; a client that accepts only the error type (as generated clients do) is served too.
    @Produces({MediaType.APPLICATION_JSON, ProblemDetails.MEDIA_TYPE})
    public Response delete(@PathParam("id") @PathId(ErrorCode.API_KEY_NOT_FOUND) UUID id) {
        ApiKey revoked = revoke.revoke(new ApiKeyId(id));
        // This instance refuses the key from the next request on; the others hear it from the database.
        keyCache.forget(revoked.keyHash());
        return Response.noContent().build();
    }


    static Instant instant(String raw) {
        return Times.parse("expires_at", raw).orElseThrow(
                () -> DomainException.invalidField("expires_at", "is required"));
    }
}
