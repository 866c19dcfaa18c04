package com.numberinventory.application.port.out.providers.upstream;

import com.numberinventory.domain.number.E164;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An order sent to a provider: the numbers (chosen from its offer) and this service's order id as the reference the
 * provider echoes (Telnyx {@code customer_reference}, Sautikit idempotency key, Zipwhip request). {@code campaignId}
 * is the 10DLC campaign a Zipwhip line is provisioned to.
 */
public record UpstreamOrder(String reference, List<ProviderNumberApi.UpstreamNumber> numbers,
                            Optional<String> campaignId) {
    public UpstreamOrder {
        Objects.requireNonNull(reference, "reference");
        numbers = List.copyOf(numbers);
        campaignId = campaignId == null ? Optional.empty() : campaignId;
    }

    public List<E164> e164s() {
        return numbers.stream().map(ProviderNumberApi.UpstreamNumber::e164).toList();
    }
}
