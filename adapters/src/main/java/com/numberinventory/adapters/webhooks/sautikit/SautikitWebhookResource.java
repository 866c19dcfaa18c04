package com.numberinventory.adapters.webhooks.sautikit;


import com.numberinventory.adapters.webhooks.WebhookReception;
import com.numberinventory.domain.provider.ProviderKind;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Inbound Sautikit webhooks, authenticated by HMAC-SHA256 of the raw body. */
@Path("/webhooks/sautikit/{provider_id}")
@Tag(name = "Provider webhooks", description = "Inbound deliveries from upstream providers (signed, not API keys)")
public class SautikitWebhookResource {

    static final String SIGNATURE = "X-Sautikit-Signature";

    @Inject
    WebhookReception reception;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveSautikitEvent", summary = "Receive a Sautikit event",
            description = "X-Sautikit-Signature is the hex HMAC-SHA256 of the raw body, or t=<unix>,v1=<hex> over "
                    + "body + \".\" + t (300 s window). Deduplicated on event_id.")
    @RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(implementation = String.class,
            example = "{\"kind\":\"number.provisioned\",\"event_id\":\"01900000-0000-7000-8000-000000000001\","
                    + "\"workspace_id\":null,\"occurred_at\":\"2026-06-27T10:00:00.000Z\",\"data\":{\"e164\":"
                    + "\"+254700000001\",\"country_code\":\"KE\",\"capabilities\":[\"voice\",\"sms\"],"
                    + "\"series_id\":\"01900000-0000-7000-8000-000000000004\"}}")))
    @APIResponse(responseCode = "200", description = "Recorded (applied, ignored or duplicate)")
    @APIResponse(responseCode = "400", description = "validation.bad_request: not a Sautikit event")
    @APIResponse(responseCode = "401", description = "webhooks.unauthenticated: signature does not verify")
    @APIResponse(responseCode = "503", description = "Database unavailable; the provider retries")
    public Response receive(@PathParam("provider_id") String providerId, byte[] body, @Context HttpHeaders headers) {
        return reception.handle(ProviderKind.SAUTIKIT, providerId, body, headers,
                List.of(SIGNATURE, "X-Sautikit-Idempotency-Key", "X-Sautikit-Event", "Content-Type"), "",
                (secrets, raw, now) -> SautikitSignature.verify(headers.getHeaderString(SIGNATURE), raw, secrets,
                        now));
    }
}
