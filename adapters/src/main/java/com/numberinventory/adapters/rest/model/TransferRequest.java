package com.numberinventory.adapters.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /v1/numbers/{id}/transfer}. */
@Schema(name = "TransferNumber")
public record TransferRequest(
        @Schema(required = true, example = "01900000-0000-7000-8000-000000000004",
                description = "The workspace that holds the number after the transfer") String toWorkspaceId,
        @Schema(example = "01900000-0000-7000-8000-000000000002",
                description = "When given, must be the workspace holding the number (else 409 numbers.holder_mismatch)")
        String fromWorkspaceId) {
}
