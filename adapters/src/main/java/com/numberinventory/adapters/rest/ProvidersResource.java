package com.numberinventory.adapters.rest;

import com.numberinventory.adapters.ProblemDetails;
import com.numberinventory.adapters.rest.support.PathId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import com.numberinventory.adapters.rest.model.ProviderRequest;
import com.numberinventory.adapters.rest.model.ProviderView;
import com.numberinventory.adapters.rest.support.Cursors;
import com.numberinventory.adapters.rest.support.Params;
import com.numberinventory.adapters.rest.support.RestConfig;
import com.numberinventory.adapters.rest.model.CredentialsRequest;
import com.numberinventory.adapters.rest.model.AvailableNumberView;
import com.numberinventory.application.port.in.providers.SearchAvailableNumbersUseCase;
import com.numberinventory.domain.number.Capability;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import com.numberinventory.application.port.in.providers.ProviderCredentialQueries;
import com.numberinventory.application.port.in.providers.ProviderQueries;
import com.numberinventory.application.port.in.providers.SetProviderCredentialsUseCase;
import com.numberinventory.application.port.in.providers.RegisterProviderUseCase;
import com.numberinventory.application.port.in.providers.RemoveProviderUseCase;
import com.numberinventory.application.shared.Page;
import com.numberinventory.domain.provider.Provider;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.provider.ProviderKind;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import java.util.UUID;
import java.util.Optional;

/** Upstream carrier accounts. */
@Path("/v1/providers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Providers", description = "Upstream carrier accounts numbers come from")
public class ProvidersResource {

    static final String LIST = "providers";

    @Inject
    RegisterProviderUseCase register;
    @Inject
    RemoveProviderUseCase remove;
    @Inject
    ProviderQueries queries;
    @Inject
    Cursors cursors;
    @Inject
    SetProviderCredentialsUseCase setCredentials;
    @Inject
    ProviderCredentialQueries credentials;
    @Inject
    RestConfig config;
    @Inject
    SearchAvailableNumbersUseCase search;

    @POST
    @Operation(operationId = "createProvider", summary = "Register a provider account")
    @APIResponse(responseCode = "201", description = "The provider", content = @Content(schema = @Schema(implementation = ProviderView.class)))
    @APIResponse(responseCode = "400", description = "validation.bad_request")
    public Response create(ProviderRequest body) {
        Params.required("body", body);
        ProviderKind kind = ProviderKind.fromWire(Params.required("kind", body.kind()))
                .orElseThrow(() -> DomainException.invalidField("kind", "must be sautikit, telnyx or zipwhip"));
        Provider provider = register.register(new RegisterProviderUseCase.RegisterProviderCommand(body.name(), kind));
        return Response.created(URI.create("/v1/providers/" + provider.id())).entity(view(provider)).build();
    }

    @GET
    @Operation(operationId = "listProviders", summary = "List providers", description = "Keyset-paged; follow next_cursor until it is null")
    public ProviderView.ListView list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Page<Provider> page = queries.list(cursors.request(LIST, limit, cursor));
        return cursors.answer(LIST, page, this::view, ProviderView.ListView::new);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getProvider", summary = "Get a provider")
    @APIResponse(responseCode = "200", description = "The provider")
    @APIResponse(responseCode = "404", description = "provider.not_found")
    public ProviderView get(@PathParam("id") @PathId(ErrorCode.PROVIDER_NOT_FOUND) UUID id) {
        return view(queries.get(new ProviderId(id)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteProvider", summary = "Remove a provider", description = "Refused while the provider has active series")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "provider.not_found")
    @APIResponse(responseCode = "409", description = "provider.has_active_series")
    // A 204 has no body; a client that accepts only the error type (as generated clients do) is served too.
    @Produces({MediaType.APPLICATION_JSON, ProblemDetails.MEDIA_TYPE})
    public Response delete(@PathParam("id") @PathId(ErrorCode.PROVIDER_NOT_FOUND) UUID id) {
        remove.remove(new ProviderId(id));
        return Response.noContent().build();
    }

    @PUT
    @Path("/{id}/credentials")
    @Operation(operationId = "setProviderCredentials", summary = "Set the provider's webhook credential",
            description = "sautikit: {\"webhook_secret\": \"...\"}; telnyx: {\"public_key\": \"<base64 of the raw "
                    + "32-byte Ed25519 key>\"}; zipwhip: {} and a URL token is generated. The previous credential "
                    + "stays accepted for numbers.webhooks.credential-overlap (default 24 h). Secrets are write-only. "
                    + "Any kind may add api_key (the key of the provider's number API, sealed at rest) and "
                    + "api_base_url; a body with only these two leaves the webhook credential as it is.")
    @APIResponse(responseCode = "200", description = "The provider with webhook_url and credentials_set")
    @APIResponse(responseCode = "400", description = "validation.bad_request naming the field")
    @APIResponse(responseCode = "404", description = "provider.not_found")
    public ProviderView putCredentials(@PathParam("id") @PathId(ErrorCode.PROVIDER_NOT_FOUND) UUID id, CredentialsRequest body) {
        CredentialsRequest b = body == null ? new CredentialsRequest(null, null) : body;
        SetProviderCredentialsUseCase.SetCredentialsCommand command =
                new SetProviderCredentialsUseCase.SetCredentialsCommand(new ProviderId(id),
                        Optional.ofNullable(b.webhookSecret()), Optional.ofNullable(b.publicKey()),
                        Optional.ofNullable(b.apiKey()), Optional.ofNullable(b.apiBaseUrl()));
        SetProviderCredentialsUseCase.CredentialsSet set = setCredentials.setCredentials(command);
        Provider p = set.provider();
        return view(p, set.generatedToken(), command.apiOnly() ? credentials.credentialsSet(p.id()) : true);
    }

    @GET
    @Path("/{id}/available-numbers")
    @Operation(operationId = "searchProviderAvailableNumbers", summary = "Search the provider's own offer",
            description = "Asks the provider's number API (with the provider's api_key) which numbers its account "
                    + "could order now, with its prices and capabilities. The patterns match the digits of the E.164 "
                    + "without '+'. Not paged: at most limit numbers. Zipwhip has no number search "
                    + "(provider.search_unsupported).")
    @APIResponse(responseCode = "200", description = "The provider's offer",
            content = @Content(schema = @Schema(implementation = AvailableNumberView.ListView.class)))
    @APIResponse(responseCode = "400", description = "validation.bad_request naming the parameter")
    @APIResponse(responseCode = "404", description = "provider.not_found")
    @APIResponse(responseCode = "422", description = "provider.search_unsupported (zipwhip), "
            + "provider.api_credentials_missing (no api_key set)")
    @APIResponse(responseCode = "502", description = "provider.rejected (the provider refused; its code in "
            + "provider_code) or provider.unavailable (the provider failed or answered 5xx)")
    @APIResponse(responseCode = "503", description = "provider.unavailable: calls to this provider are paused "
            + "after repeated failures (circuit open; see Retry-After), or service_unavailable (database)")
    @APIResponse(responseCode = "504", description = "provider.unavailable: the provider did not answer in time")
    public AvailableNumberView.ListView availableNumbers(
            @PathParam("id") @PathId(ErrorCode.PROVIDER_NOT_FOUND) UUID id,
            @Parameter(required = true, example = "KE") @QueryParam("country_code") String country,
            @Parameter(example = "voice", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"voice", "sms", "mms", "fax"})) @QueryParam("capability") String capability,
            @Parameter(example = "2547") @QueryParam("starts_with") String startsWith,
            @Parameter(example = "000") @QueryParam("contains") String contains,
            @Parameter(example = "42") @QueryParam("ends_with") String endsWith,
            @Parameter(example = "50") @QueryParam("limit") String limit) {
        var countryCode = Params.country("country_code", country)
                .orElseThrow(() -> DomainException.invalidField("country_code", "is required"));
        Optional<Capability> cap = Params.text(capability).map(c -> Capability.fromWire(c).orElseThrow(
                () -> DomainException.invalidField("capability", "must be voice, sms, mms or fax")));
        var found = search.searchAvailable(new SearchAvailableNumbersUseCase.AvailableNumbersQuery(new ProviderId(id),
                countryCode, cap, Params.patterns(startsWith, contains, endsWith), Params.limit(limit)));
        return new AvailableNumberView.ListView(found.stream().map(AvailableNumberView::of).toList());
    }

    private ProviderView view(Provider p) {
        return view(p, Optional.empty(), credentials.credentialsSet(p.id()));
    }

    /** The provider with its webhook URL (the generated token in it once, when one was just made). */
    private ProviderView view(Provider p, Optional<String> token, boolean credentialsSet) {
        return ProviderView.of(p, webhookUrl(p, token), credentialsSet, credentials.apiCredentialsSet(p.id()),
                credentials.apiBaseUrl(p.id()).orElse(null));
    }

    private String webhookUrl(Provider p, Optional<String> token) {
        String base = config.webhooks().publicBaseUrl().map(String::strip).orElse("");
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        String path = "/webhooks/" + p.kind().wireName() + "/" + p.id();
        if (p.kind() == ProviderKind.ZIPWHIP) {
            path += "/" + token.orElse("{token}");
        }
        return base + path;
    }

}
