package com.numberinventory.adapters.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /v1/numbers/{id}/release}. */
@Schema(name = "ReleaseNumber")
public record ReleaseRequest(
        @Schema(example = "explicit", enumeration = {"explicit", "trial_expired", "admin_released"}, required = true)
        String reason,
        @Schema(example = "01900000-0000-7000-8000-000000000002",
                description = "When given, must be the workspace holding the number") String workspaceId) {
}
