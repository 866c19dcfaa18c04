package com.numberinventory.adapters.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Body of {@code POST /v1/orders}: either {@code e164} (the numbers) or {@code quantity} with criteria. */
@Schema(name = "OrderRequest", example = "{\"provider_id\": \"01900000-0000-7000-8000-0000000000b1\", "
        + "\"series_id\": \"01900000-0000-7000-8000-0000000000a1\", \"quantity\": 2, \"starts_with\": \"2547\"}")
public record OrderRequest(
        @Schema(required = true, example = "01900000-0000-7000-8000-0000000000b1") String providerId,
        @Schema(required = true, example = "01900000-0000-7000-8000-0000000000a1",
                description = "The provider's series the numbers enter") String seriesId,
        @Schema(example = "[\"+254700000101\"]", description = "The numbers to order (1 to 100); or give quantity")
        List<String> e164,
        @Schema(example = "2", minimum = "1", maximum = "100",
                description = "How many numbers of the provider's offer to order; or give e164") Integer quantity,
        @Schema(example = "2547", description = "With quantity: digits the E.164 starts with (no '+')")
        String startsWith,
        @Schema(example = "000", description = "With quantity: digits the E.164 contains") String contains,
        @Schema(example = "42", description = "With quantity: digits the E.164 ends with") String endsWith,
        @Schema(example = "voice", enumeration = {"voice", "sms", "mms", "fax"},
                description = "With quantity: a capability the numbers must have") String capability,
        @Schema(example = "01900000-0000-7000-8000-000000000002",
                description = "Provision each ordered number straight to this workspace once the provider completes it")
        String workspaceId,
        @Schema(example = "C1A2B3C", description = "Zipwhip: the 10DLC campaign the lines are provisioned to")
        String campaignId) {
}
