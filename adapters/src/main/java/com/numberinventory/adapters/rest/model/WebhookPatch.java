package com.numberinventory.adapters.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Body of {@code PATCH /v1/webhooks/{id}}: only the fields present change. */
@Schema(name = "WebhookUpdate")
public record WebhookPatch(
        @Schema(example = "https://hooks.example.com/v2/number-inventory") String url,
        @Schema(example = "[\"*\"]") List<String> events,
        @Schema(example = "false") Boolean enabled) {
}
