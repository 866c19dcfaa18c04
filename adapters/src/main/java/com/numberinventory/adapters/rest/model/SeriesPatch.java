package com.numberinventory.adapters.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Body of {@code PATCH /v1/series/{id}}: only the fields present change; {@code monthly_price: null} unprices. */
@Schema(name = "SeriesUpdate")
public record SeriesPatch(
        @Schema(example = "Nairobi mobile block") String name,
        MoneyView monthlyPrice,
        @Schema(example = "[\"voice\", \"sms\", \"mms\"]") List<String> capabilities,
        @Schema(example = "P14D") String quarantinePeriod) {
}
