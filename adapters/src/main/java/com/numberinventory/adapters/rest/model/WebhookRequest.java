package com.numberinventory.adapters.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Body of {@code POST /v1/webhooks}. */
@Schema(name = "WebhookCreate")
public record WebhookRequest(
        @Schema(required = true, example = "https://hooks.example.com/number-inventory") String url,
        @Schema(required = true, example = "[\"number.provisioned\", \"number.released\"]",
                description = "Event kinds, or [\"*\"] for all") List<String> events,
        @Schema(example = "Console backend") String description,
        @Schema(example = "01900000-0000-7000-8000-00000000beef",
                description = "Only this workspace's events (series events have no workspace)") String workspaceId) {
}
