package com.numberinventory.adapters.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Answer of {@code POST /v1/numbers/provision} when the body names a {@code quantity}. */
@Schema(name = "ProvisionedNumbers", description = "The numbers a bulk provision claimed, all assigned to the "
        + "workspace; with partial, provisioned may be less than requested")
public record ProvisionedNumbersView(
        List<NumberView> data,
        @Schema(example = "10", description = "The quantity asked for") int requested,
        @Schema(example = "10", description = "How many numbers were provisioned (the length of data)")
        int provisioned) {
}
