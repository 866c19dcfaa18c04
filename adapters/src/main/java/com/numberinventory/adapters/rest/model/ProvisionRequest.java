package com.numberinventory.adapters.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /v1/numbers/{id}/provision}. */
@Schema(name = "ProvisionNumber")
public record ProvisionRequest(
        @Schema(example = "01900000-0000-7000-8000-000000000002", required = true) String workspaceId,
        @Schema(example = "14", description = "Provision as a trial of this many days (1 to 365); the trial is "
                + "released with reason trial_expired unless converted") Integer trialDays) {
}
