package com.numberinventory.adapters.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Body of {@code POST /v1/series/{id}/numbers}: either {@code e164} or {@code range}. */
@Schema(name = "NumberImport", description = "Either an explicit list (e164) or an inclusive range; at most 100,000 numbers",
        example = "{\"range\": {\"first\": \"+254700001000\", \"last\": \"+254700001999\"}}")
public record ImportRequest(
        @Schema(example = "[\"+254700000001\", \"+254700000002\"]") List<String> e164,
        RangeView range) {

    /** An inclusive range of numbers of the same length. */
    @Schema(name = "NumberRange")
    public record RangeView(@Schema(example = "+254700000000") String first,
                            @Schema(example = "+254700000999") String last) {
    }

    /** What an import did. */
    @Schema(name = "NumberImportResult")
    public record ResultView(@Schema(example = "998") int added, List<SkippedView> skipped) {
    }

    /** A number not imported, and why. */
    @Schema(name = "SkippedNumber")
    public record SkippedView(@Schema(example = "+254700000001") String e164,
                              @Schema(example = "already_in_inventory",
                                      enumeration = {"already_in_inventory", "duplicate_in_request", "invalid_number"})
                              String reason) {
    }
}
