package com.numberinventory.application.port.in.providers;

import com.numberinventory.application.port.in.numbers.DigitPatterns;
import com.numberinventory.domain.number.Capabilities;
import com.numberinventory.domain.number.Capability;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.shared.CountryCode;
import com.numberinventory.domain.shared.Money;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Searches a provider's own offer (what its account could order now), through the provider's number API. Refused
 * with {@code provider.search_unsupported} for a kind that has no search, {@code provider.api_credentials_missing}
 * without an API key, {@code provider.rejected} / {@code provider.unavailable} when the provider refuses or fails.
 */
public interface SearchAvailableNumbersUseCase {

    /** The criteria; patterns are digits of the E.164 without the plus. */
    record AvailableNumbersQuery(ProviderId providerId, CountryCode countryCode, Optional<Capability> capability,
                                 DigitPatterns patterns, int limit) {
        public AvailableNumbersQuery {
            Objects.requireNonNull(providerId, "providerId");
            Objects.requireNonNull(countryCode, "countryCode");
            capability = capability == null ? Optional.empty() : capability;
            patterns = patterns == null ? DigitPatterns.none() : patterns;
        }
    }

    /** One number the provider offers, with its prices as the provider states them. */
    record AvailableNumber(E164 e164, Capabilities capabilities, Optional<Money> monthlyPrice,
                           Optional<Money> upfrontPrice, Optional<String> region, Optional<String> upstreamId) {
    }

    List<AvailableNumber> searchAvailable(AvailableNumbersQuery query);
}
