package com.numberinventory.adapters.rest;

import com.numberinventory.adapters.rest.support.PathId;
import com.numberinventory.adapters.rest.model.WebhookDeliveryView;
import com.numberinventory.application.port.in.webhooks.RetryDeliveryUseCase;
import com.numberinventory.application.port.in.webhooks.WebhookQueries;
import com.numberinventory.domain.shared.ErrorCode;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Single webhook deliveries: inspect one, redrive a dead letter. */
@Path("/v1/webhook-deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Subscriptions to the service's own events, and their deliveries")
public class WebhookDeliveriesResource {

    @Inject
    RetryDeliveryUseCase retry;
    @Inject
    WebhookQueries queries;

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhookDelivery", summary = "Get one delivery")
    @APIResponse(responseCode = "200", description = "The delivery")
    @APIResponse(responseCode = "404", description = "webhooks.delivery_not_found")
    public WebhookDeliveryView delivery(@PathParam("id") @PathId(ErrorCode.DELIVERY_NOT_FOUND) UUID id) {
        return WebhookDeliveryView.of(queries.delivery(id));
    }

    @POST
    @Path("/{id}/retry")
    @Operation(operationId = "retryWebhookDelivery", summary = "Send a dead-lettered delivery again",
            description = "Puts it back in the queue, due now, with a fresh retry schedule")
    @APIResponse(responseCode = "200", description = "The delivery, pending")
    @APIResponse(responseCode = "404", description = "webhooks.delivery_not_found")
    @APIResponse(responseCode = "409", description = "webhooks.delivery_not_retryable (already delivered)")
    public WebhookDeliveryView retry(@PathParam("id") @PathId(ErrorCode.DELIVERY_NOT_FOUND) UUID id) {
        return WebhookDeliveryView.of(retry.retry(id));
    }

}
