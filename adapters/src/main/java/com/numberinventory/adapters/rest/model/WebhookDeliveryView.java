package com.numberinventory.adapters.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.numberinventory.adapters.rest.support.Times;
import com.numberinventory.domain.webhook.WebhookDelivery;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One delivery of one event to one subscription, with its attempts so far. */
@Schema(name = "WebhookDelivery")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record WebhookDeliveryView(
        @Schema(example = "01900000-0000-7000-8000-0000000000e1") String id,
        @Schema(example = "01900000-0000-7000-8000-0000000000d1") String webhookId,
        @Schema(example = "01900000-0000-7000-8000-0000000000f1") String eventId,
        @Schema(example = "number.provisioned") String eventKind,
        @Schema(example = "pending", enumeration = {"pending", "delivered", "dead_letter"}) String status,
        @Schema(example = "2") int attempts,
        @Schema(nullable = true, example = "503") Integer lastStatusCode,
        @Schema(nullable = true, example = "HTTP 503") String lastError,
        @Schema(nullable = true, example = "2026-06-27T10:00:05.000Z") String lastAttemptAt,
        @Schema(nullable = true, example = "2026-06-27T10:00:35.000Z") String nextAttemptAt,
        @Schema(nullable = true, example = "2026-06-27T10:00:36.000Z") String deliveredAt,
        @Schema(example = "2026-06-27T10:00:00.000Z") String createdAt) {

    public static WebhookDeliveryView of(WebhookDelivery d) {
        return new WebhookDeliveryView(d.id().toString(), d.subscriptionId().toString(), d.eventId().toString(),
                d.eventKind(), d.status().wireName(), d.attempts(), d.lastStatusCode().orElse(null),
                d.lastError().orElse(null), d.lastAttemptAt().map(Times::format).orElse(null),
                d.nextAttemptAt().map(Times::format).orElse(null), d.deliveredAt().map(Times::format).orElse(null),
                Times.format(d.createdAt()));
    }

    /** A page of deliveries. */
    @Schema(name = "WebhookDeliveryList")
    public record ListView(List<WebhookDeliveryView> data, @Schema(nullable = true) String nextCursor) {
    }
}
