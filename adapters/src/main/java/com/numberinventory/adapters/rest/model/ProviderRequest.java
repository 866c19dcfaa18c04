package com.numberinventory.adapters.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /v1/providers}. */
@Schema(name = "ProviderCreate")
public record ProviderRequest(
        @Schema(example = "Sautikit Kenya", required = true) String name,
        @Schema(example = "sautikit", enumeration = {"sautikit", "telnyx", "zipwhip"}, required = true) String kind) {
}
