package com.numberinventory.adapters.webhooks;

import com.numberinventory.adapters.ProblemDetails;
import com.numberinventory.application.port.in.webhooks.ReceiveProviderDeliveryUseCase;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/** The answers webhook endpoints give: problem+json for refusals, a short JSON receipt otherwise. */
public final class WebhookAnswers {

    private WebhookAnswers() {
    }

    public static Response problem(int status, String code, String detail, String requestId) {
        return ProblemDetails.response(status, code, detail, requestId);
    }

    public static Response receipt(ReceiveProviderDeliveryUseCase.Outcome outcome, String requestId) {
        if (outcome.status() == com.numberinventory.application.port.in.webhooks.ProviderDelivery.Status.FAILED) {
            // The delivery is kept as failed (a lost connection under a database restart, a race); 503 with
            // Retry-After makes the provider redeliver, and a redelivery applies it.
            return Response.fromResponse(ProblemDetails.response(503, "service_unavailable",
                    "the delivery was recorded as failed (provider event " + outcome.deliveryId()
                            + "); retry: it is applied on redelivery or replay", requestId))
                    .header("Retry-After", "5").build();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("provider_event_id", outcome.deliveryId().toString());
        body.put("status", outcome.status().wireName());
        body.put("duplicate", outcome.duplicate());
        body.put("reason", outcome.reason());
        return Response.ok(body, "application/json").build();
    }
}
