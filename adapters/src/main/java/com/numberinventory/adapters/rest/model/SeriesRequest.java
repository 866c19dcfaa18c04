package com.numberinventory.adapters.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Body of {@code POST /v1/series}. */
@Schema(name = "SeriesCreate")
public record SeriesRequest(
        @Schema(example = "01900000-0000-7000-8000-0000000000a1", required = true) String providerId,
        @Schema(example = "Nairobi mobile block", required = true) String name,
        @Schema(example = "KE", required = true) String countryCode,
        @Schema(example = "[\"voice\", \"sms\"]", required = true) List<String> capabilities,
        MoneyView monthlyPrice,
        @Schema(example = "SK-SERIES-42") String externalRef,
        @Schema(example = "P30D", description = "ISO 8601 duration; defaults to the configured quarantine period")
        String quarantinePeriod) {
}
