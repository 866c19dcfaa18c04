package com.numberinventory.adapters.rest;

import com.numberinventory.adapters.rest.model.ProviderEventView;
import com.numberinventory.adapters.rest.support.PathId;
import com.numberinventory.application.port.in.webhooks.ProviderEventQueries;
import com.numberinventory.application.port.in.webhooks.ReplayProviderDeliveryUseCase;
import com.numberinventory.application.port.in.webhooks.ProviderDelivery;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.Uuids;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/** The inbound provider delivery log: every webhook delivery, raw, with its outcome; failed ones can be replayed. */
@Path("/v1/provider-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Provider events", description = "Inbound provider webhook deliveries and what became of them")
public class ProviderEventsResource {

    private static final String CURSOR_PREFIX = "provider-events:";

    @Inject
    ProviderEventQueries queries;
    @Inject
    ReplayProviderDeliveryUseCase replay;

    @GET
    @Operation(operationId = "listProviderEvents", summary = "List provider deliveries", description = "Oldest first; filter by provider_id and status")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    @APIResponse(responseCode = "400", description = "validation.bad_request / validation.invalid_cursor")
    public ProviderEventView.ListView list(@QueryParam("provider_id") String providerId,
                                           @QueryParam("status") String status,
                                           @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Optional<ProviderId> provider = Optional.ofNullable(providerId).filter(s -> !s.isBlank())
                .map(s -> new ProviderId(Uuids.tryParse(s)
                        .orElseThrow(() -> DomainException.invalidField("provider_id", "must be a UUID"))));
        Optional<ProviderDelivery.Status> st = Optional.ofNullable(status).filter(s -> !s.isBlank())
                .map(s -> ProviderDelivery.Status.fromWire(s).orElseThrow(() -> DomainException.invalidField(
                        "status", "must be received, applied, ignored or failed")));
        Page<ProviderDelivery> page = queries.list(provider, st, new PageRequest(limit(limit), decode(cursor)));
        return new ProviderEventView.ListView(page.items().stream().map(d -> ProviderEventView.of(d, false)).toList(),
                page.nextAfter().map(ProviderEventsResource::encode).orElse(null));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getProviderEvent", summary = "Get one provider delivery", description = "With its raw body and the headers we used")
    @APIResponse(responseCode = "200", description = "The delivery")
    @APIResponse(responseCode = "404", description = "provider_events.not_found")
    public ProviderEventView get(@PathParam("id") @PathId(ErrorCode.PROVIDER_EVENT_NOT_FOUND) UUID id) {
        return ProviderEventView.of(queries.get(id), true);
    }

    @POST
    @Path("/{id}/replay")
    @Operation(operationId = "replayProviderEvent", summary = "Replay a failed delivery",
            description = "Re-reads the stored raw body and applies it again; only for deliveries recorded as failed")
    @APIResponse(responseCode = "200", description = "The delivery after the replay")
    @APIResponse(responseCode = "404", description = "provider_events.not_found")
    @APIResponse(responseCode = "409", description = "provider_events.not_replayable: the delivery is not failed")
    public ProviderEventView replay(@PathParam("id") @PathId(ErrorCode.PROVIDER_EVENT_NOT_FOUND) UUID id) {
        replay.replay(id);
        return ProviderEventView.of(queries.get(id), true);
    }

    private static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return PageRequest.DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalidField("limit", "must be a whole number between 1 and " + PageRequest.MAX_LIMIT);
        }
    }

    private static String encode(UUID after) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_PREFIX + after).getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<UUID> decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return Optional.empty();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(CURSOR_PREFIX)) {
                Optional<UUID> id = Uuids.tryParse(text.substring(CURSOR_PREFIX.length()));
                if (id.isPresent()) {
                    return id;
                }
            }
        } catch (IllegalArgumentException ignored) {
            // falls through to the refusal
        }
        throw new DomainException(ErrorCode.INVALID_CURSOR, "cursor was not made by this service");
    }
}
