package com.numberinventory.adapters.rest.model;

import com.numberinventory.application.port.in.providers.SearchAvailableNumbersUseCase.AvailableNumber;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A number a provider offers now, in this API's shapes. */
@Schema(name = "AvailableNumber")
public record AvailableNumberView(
        @Schema(example = "+254700000001") String e164,
        @Schema(example = "KE") String countryCode,
        @Schema(example = "[\"voice\"]") List<String> capabilities,
        @Schema(nullable = true, description = "the provider's monthly price, when it states one") MoneyView monthlyPrice,
        @Schema(nullable = true, description = "the provider's one-off price, when it states one") MoneyView upfrontPrice,
        @Schema(nullable = true, example = "Nairobi") String region,
        @Schema(nullable = true, example = "01900000-0000-7000-8000-000000000001",
                description = "the provider's own id of the offer (Sautikit claims by it), when it has one")
        String upstreamId) {

    public static AvailableNumberView of(AvailableNumber n) {
        return new AvailableNumberView(n.e164().value(), n.e164().country().value(), n.capabilities().wireNames(),
                n.monthlyPrice().map(MoneyView::of).orElse(null), n.upfrontPrice().map(MoneyView::of).orElse(null),
                n.region().orElse(null), n.upstreamId().orElse(null));
    }

    /** The provider's answer (not paged: at most {@code limit} numbers). */
    @Schema(name = "AvailableNumberList")
    public record ListView(List<AvailableNumberView> data) {
    }
}
