package com.numberinventory.adapters.webhooks.zipwhip;


import com.numberinventory.adapters.webhooks.WebhookAnswers;
import com.numberinventory.adapters.webhooks.WebhookCrypto;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** Inbound Zipwhip 10DLC webhooks, authenticated by the unguessable per-provider token in the URL. */
@Path("/webhooks/zipwhip/{provider_id}/{token}/{resource}/{action}")
@Tag(name = "Provider webhooks")
public class ZipwhipWebhookResource {

    private static final Set<String> EVENTS = Set.of("campaign/add", "campaign/delete", "campaign/numberPool",
            "provision/add", "provision/delete");

    @Inject
    WebhookReception reception;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveZipwhipEvent", summary = "Receive a Zipwhip 10DLC event",
            description = "Events: campaign/add, campaign/delete, campaign/numberPool, provision/add, "
                    + "provision/delete. Deduplicated on a digest of the path and raw body.")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "401", description = "webhooks.unauthenticated: wrong token")
    @APIResponse(responseCode = "404", description = "not_found: no such event path")
    public Response receive(@PathParam("provider_id") String providerId, @PathParam("token") String token,
                            @PathParam("resource") String resource, @PathParam("action") String action,
                            byte[] body, @Context HttpHeaders headers) {
        String event = resource + "/" + action;
        if (!EVENTS.contains(event)) {
            return WebhookAnswers.problem(404, "not_found", "no such Zipwhip event path",
                    headers.getHeaderString("X-Request-Id"));
        }
        byte[] given = token.getBytes(StandardCharsets.UTF_8);
        return reception.handle(ProviderKind.ZIPWHIP, providerId, body, headers, List.of("Content-Type"), event,
                (tokens, raw, now) -> {
                    boolean ok = false;
                    for (byte[] t : tokens) {
                        ok |= WebhookCrypto.constantTimeEquals(t, given);
                    }
                    return ok;
                });
    }
}
