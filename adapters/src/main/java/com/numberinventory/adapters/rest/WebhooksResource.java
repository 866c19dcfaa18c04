package com.numberinventory.adapters.rest;

import com.numberinventory.adapters.ProblemDetails;
import com.numberinventory.adapters.rest.support.PathId;
import com.fasterxml.jackson.databind.JsonNode;
import com.numberinventory.adapters.rest.model.EventTypeView;
import com.numberinventory.adapters.rest.model.WebhookDeliveryView;
import com.numberinventory.adapters.rest.model.WebhookPatch;
import com.numberinventory.adapters.rest.model.WebhookRequest;
import com.numberinventory.adapters.rest.model.WebhookView;
import com.numberinventory.adapters.rest.support.Cursors;
import com.numberinventory.adapters.rest.support.Params;
import com.numberinventory.application.port.in.webhooks.CreateWebhookUseCase;
import com.numberinventory.application.port.in.webhooks.DeleteWebhookUseCase;
import com.numberinventory.application.port.in.webhooks.RotateWebhookSecretUseCase;
import com.numberinventory.application.port.in.webhooks.UpdateWebhookUseCase;
import com.numberinventory.application.port.in.webhooks.WebhookQueries;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.Patch;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.WorkspaceId;
import com.numberinventory.domain.webhook.DeliveryStatus;
import com.numberinventory.domain.webhook.WebhookDelivery;
import com.numberinventory.domain.webhook.WebhookSubscription;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outbound webhook subscriptions: signed deliveries of the service's domain events. */
@Path("/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Subscriptions to the service's own events, and their deliveries")
public class WebhooksResource {

    static final String LIST = "webhooks";
    public static final String DELIVERIES = "webhook-deliveries";

    @Inject
    CreateWebhookUseCase create;
    @Inject
    UpdateWebhookUseCase update;
    @Inject
    DeleteWebhookUseCase delete;
    @Inject
    RotateWebhookSecretUseCase rotate;
    @Inject
    WebhookQueries queries;
    @Inject
    Cursors cursors;
    @Inject
    Clock clock;

    @POST
        @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Subscribe an endpoint to events",
            description = "The answer carries the signing secret; it is never shown again")
    @APIResponse(responseCode = "201", description = "The subscription, with its secret", content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = "validation.bad_request (url refused, SSRF) or "
            + "webhooks.event_unsupported")
    public Response create(WebhookRequest body) {
        Params.required("body", body);
        Optional<WorkspaceId> workspace = Params.uuid("workspace_id", body.workspaceId()).map(WorkspaceId::new);
        CreateWebhookUseCase.WebhookWithSecret made = create.create(new CreateWebhookUseCase.CreateWebhookCommand(
                body.url(), body.events(), Optional.ofNullable(body.description()), workspace));
        return Response.created(URI.create("/v1/webhooks/" + made.subscription().id()))
                .entity(WebhookView.of(made.subscription(), made.secret(), clock.instant())).build();
    }

    @GET
        @Operation(operationId = "listWebhooks", summary = "List webhook subscriptions", description = "Keyset-paged; follow next_cursor until it is null")
    public WebhookView.ListView list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Page<WebhookSubscription> page = queries.list(cursors.request(LIST, limit, cursor));
        return cursors.answer(LIST, page, s -> WebhookView.of(s, clock.instant()), WebhookView.ListView::new);
    }

    @GET
    @Path("/event-types")
    @Operation(operationId = "listEventTypes", summary = "List the event kinds a subscription may ask for, with a sample payload each")
    public EventTypeView.ListView eventTypes() {
        return new EventTypeView.ListView(queries.eventTypes().stream().map(EventTypeView::of).toList(), null);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Get a webhook subscription")
    @APIResponse(responseCode = "200", description = "The subscription (never its secret)")
    @APIResponse(responseCode = "404", description = "webhooks.not_found")
    public WebhookView get(@PathParam("id") @PathId(ErrorCode.WEBHOOK_NOT_FOUND) UUID id) {
        return WebhookView.of(queries.get(id), clock.instant());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateWebhook", summary = "Change a subscription's url, events or enabled flag")
    @RequestBody(content = @Content(schema = @Schema(implementation = WebhookPatch.class)))
    @APIResponse(responseCode = "200", description = "The subscription")
    @APIResponse(responseCode = "400", description = "validation.bad_request or webhooks.event_unsupported")
    @APIResponse(responseCode = "404", description = "webhooks.not_found")
    public WebhookView patch(@PathParam("id") @PathId(ErrorCode.WEBHOOK_NOT_FOUND) UUID id, JsonNode body) {
        UUID webhookId = id;
        if (body == null || !body.isObject()) {
            throw DomainException.invalidField("body", "must be a JSON object");
        }
        Patch<String> url = Patch.unchanged();
        if (body.has("url")) {
            JsonNode node = body.get("url");
            if (!node.isTextual()) {
                throw DomainException.invalidField("url", "must be a string");
            }
            url = Patch.set(node.asText());
        }
        Patch<List<String>> events = Patch.unchanged();
        if (body.has("events")) {
            JsonNode node = body.get("events");
            if (!node.isArray()) {
                throw DomainException.invalidField("events", "must be a list of event kinds");
            }
            List<String> kinds = new ArrayList<>();
            for (JsonNode k : node) {
                if (!k.isTextual()) {
                    throw DomainException.invalidField("events", "must be a list of event kinds");
                }
                kinds.add(k.asText());
            }
            events = Patch.set(kinds);
        }
        Patch<Boolean> enabled = Patch.unchanged();
        if (body.has("enabled")) {
            JsonNode node = body.get("enabled");
            if (!node.isBoolean()) {
                throw DomainException.invalidField("enabled", "must be true or false");
            }
            enabled = Patch.set(node.asBoolean());
        }
        return WebhookView.of(update.update(new UpdateWebhookUseCase.UpdateWebhookCommand(webhookId, url, events,
                enabled)), clock.instant());
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Remove a subscription and its deliveries")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "webhooks.not_found")
    // A 204 has no body; a client that accepts only the error type (as generated clients do) is served too.
    @Produces({MediaType.APPLICATION_JSON, ProblemDetails.MEDIA_TYPE})
    public Response delete(@PathParam("id") @PathId(ErrorCode.WEBHOOK_NOT_FOUND) UUID id) {
        delete.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Make a new signing secret",
            description = "The new secret is shown once. The old one keeps signing too (space-separated "
                    + "signatures) until previous_secret_expires_at")
    @APIResponse(responseCode = "200", description = "The subscription, with its new secret")
    @APIResponse(responseCode = "404", description = "webhooks.not_found")
    public WebhookView rotateSecret(@PathParam("id") @PathId(ErrorCode.WEBHOOK_NOT_FOUND) UUID id) {
        CreateWebhookUseCase.WebhookWithSecret rotated = rotate.rotate(id);
        return WebhookView.of(rotated.subscription(), rotated.secret(), clock.instant());
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "List a subscription's deliveries",
            description = "Oldest first, keyset-paged; filter with status=pending|delivered|dead_letter")
    @APIResponse(responseCode = "200", description = "Deliveries with attempts, last status code and error, "
            + "next attempt time")
    @APIResponse(responseCode = "404", description = "webhooks.not_found")
    public WebhookDeliveryView.ListView deliveries(@PathParam("id") @PathId(ErrorCode.WEBHOOK_NOT_FOUND) UUID id, @QueryParam("status") String status,
                                                   @QueryParam("limit") String limit,
                                                   @QueryParam("cursor") String cursor) {
        UUID webhookId = id;
        Optional<DeliveryStatus> filter = Params.text(status).map(s -> DeliveryStatus.fromWire(s).orElseThrow(
                () -> DomainException.invalidField("status", "must be pending, delivered or dead_letter")));
        Page<WebhookDelivery> page = queries.deliveries(webhookId, filter,
                cursors.request(DELIVERIES, limit, cursor));
        return cursors.answer(DELIVERIES, page, WebhookDeliveryView::of, WebhookDeliveryView.ListView::new);
    }
}
