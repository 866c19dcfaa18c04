package com.numberinventory.adapters.webhooks;

import com.numberinventory.application.port.in.webhooks.ReceiveProviderDeliveryUseCase;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/** The answers webhook endpoints give: problem+json for refusals, a short JSON receipt otherwise. */
public final class WebhookAnswers {

    private WebhookAnswers() {
    }

    public static Response problem(int status, String code, String detail, String requestId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://numbers.example/problems/" + code);
        body.put("title", switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            default -> "Internal Server Error";
        });
        body.put("status", status);
        body.put("detail", detail);
        body.put("code", code);
        body.put("request_id", requestId);
        return Response.status(status).type("application/problem+json").entity(body).build();
    }

    public static Response receipt(ReceiveProviderDeliveryUseCase.Outcome outcome, String requestId) {
        if (outcome.status() == com.numberinventory.application.port.in.webhooks.ProviderDelivery.Status.FAILED) {
            return problem(500, "internal_error", "the delivery was recorded as failed (provider event "
                    + outcome.deliveryId() + "); it is applied on redelivery or replay", requestId);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("provider_event_id", outcome.deliveryId().toString());
        body.put("status", outcome.status().wireName());
        body.put("duplicate", outcome.duplicate());
        body.put("reason", outcome.reason());
        return Response.ok(body, "application/json").build();
    }
}
