package com.numberinventory.adapters.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /v1/numbers/{id}/reserve}. */
@Schema(name = "ReserveNumber")
public record ReserveRequest(
        @Schema(example = "01900000-0000-7000-8000-000000000002", required = true) String workspaceId,
        @Schema(example = "900", description = "How long to hold the number, 1 to 86400 seconds; default 900")
        Integer ttlSeconds) {
}
