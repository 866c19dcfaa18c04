package com.numberinventory.adapters.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Body of {@code POST /v1/numbers/provision}: the workspace and what the number must match. */
@Schema(name = "ProvisionAnyNumber")
public record ProvisionAnyRequest(
        @Schema(example = "01900000-0000-7000-8000-000000000002", required = true) String workspaceId,
        @Schema(example = "01900000-0000-7000-8000-000000000004") String seriesId,
        @Schema(example = "KE") String countryCode,
        @Schema(example = "[\"sms\"]") List<String> capabilities,
        @Schema(example = "2547000") String startsWith,
        @Schema(example = "777") String contains,
        @Schema(example = "42") String endsWith,
        @Schema(example = "14", description = "Provision as a trial of this many days (1 to 365)") Integer trialDays) {
}
