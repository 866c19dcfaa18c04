package com.numberinventory.adapters.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.numberinventory.adapters.rest.support.Times;
import com.numberinventory.domain.number.NumberStatus;
import com.numberinventory.domain.series.Series;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A series as the API shows it; {@code counts} only on {@code GET /v1/series/{id}}. */
@Schema(name = "Series")
public record SeriesView(
        @Schema(example = "01900000-0000-7000-8000-0000000000b1") String id,
        @Schema(example = "01900000-0000-7000-8000-0000000000a1") String providerId,
        @Schema(example = "Nairobi mobile block") String name,
        @Schema(example = "KE") String countryCode,
        @Schema(example = "[\"voice\", \"sms\"]") List<String> capabilities,
        @Schema(nullable = true) MoneyView monthlyPrice,
        @Schema(nullable = true, example = "SK-SERIES-42") String externalRef,
        @Schema(nullable = true, example = "P30D") String quarantinePeriod,
        @Schema(example = "inactive", enumeration = {"active", "inactive"}) String status,
        @Schema(example = "2026-06-27T10:00:00.000Z") String createdAt,
        @Schema(example = "2026-06-27T10:00:00.000Z") String updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(example = "{\"pending\":0,\"available\":998,\"reserved\":0,\"assigned\":2,\"quarantined\":0,\"retired\":0}")
        Map<String, Long> counts) {

    public static SeriesView of(Series s) {
        return of(s, null);
    }

    public static SeriesView of(Series s, Map<NumberStatus, Long> counts) {
        Map<String, Long> wireCounts = null;
        if (counts != null) {
            wireCounts = new LinkedHashMap<>();
            for (NumberStatus status : NumberStatus.values()) {
                wireCounts.put(status.wireName(), counts.getOrDefault(status, 0L));
            }
        }
        return new SeriesView(s.id().toString(), s.providerId().toString(), s.name(), s.country().value(),
                s.capabilities().wireNames(), s.monthlyPrice().map(MoneyView::of).orElse(null),
                s.externalRef().orElse(null), s.quarantinePeriod().iso(), s.status().wireName(),
                Times.format(s.createdAt()), Times.format(s.updatedAt()), wireCounts);
    }

    /** A page of series. */
    @Schema(name = "SeriesList")
    public record ListView(List<SeriesView> data, @Schema(nullable = true) String nextCursor) {
    }
}
