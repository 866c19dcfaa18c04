package com.numberinventory.adapters.webhooks.telnyx;


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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Inbound Telnyx webhooks, authenticated by Ed25519 over {@code timestamp|raw_body}. */
@Path("/webhooks/telnyx/{provider_id}")
@Tag(name = "Provider webhooks")
public class TelnyxWebhookResource {

    static final String SIGNATURE = "telnyx-signature-ed25519";
    static final String TIMESTAMP = "telnyx-timestamp";

    @Inject
    WebhookReception reception;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveTelnyxEvent", summary = "Receive a Telnyx event",
            description = "telnyx-signature-ed25519 is the base64 Ed25519 signature of telnyx-timestamp + \"|\" + "
                    + "raw body; the timestamp must be within 300 s. Deduplicated on data.id.")
    @RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(implementation = String.class,
            example = "{\"data\":{\"event_type\":\"number_order.complete\",\"id\":"
                    + "\"d578b093-a0e7-4b64-b0d3-6b689a6ff170\",\"payload\":{\"phone_numbers\":[{\"phone_number\":"
                    + "\"+19705555098\",\"requirements_met\":true,\"status\":\"success\"}],"
                    + "\"customer_reference\":\"MY REF 001\"}},\"meta\":{\"attempt\":1}}")))
    @APIResponse(responseCode = "200", description = "Recorded (applied, ignored or duplicate)")
    @APIResponse(responseCode = "400", description = "validation.bad_request: not a Telnyx event")
    @APIResponse(responseCode = "401", description = "webhooks.unauthenticated: signature or timestamp does not verify")
    @APIResponse(responseCode = "503", description = "Database unavailable; the provider retries")
    public Response receive(@PathParam("provider_id") String providerId, byte[] body, @Context HttpHeaders headers) {
        return reception.handle(ProviderKind.TELNYX, providerId, body, headers,
                List.of(SIGNATURE, TIMESTAMP, "Content-Type"), "",
                (keys, raw, now) -> TelnyxSignature.verify(headers.getHeaderString(SIGNATURE),
                        headers.getHeaderString(TIMESTAMP), raw, keys, now));
    }
}
