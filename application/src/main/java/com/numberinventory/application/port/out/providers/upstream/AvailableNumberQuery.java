package com.numberinventory.application.port.out.providers.upstream;

import com.numberinventory.domain.number.Capability;
import com.numberinventory.domain.shared.CountryCode;

import java.util.Objects;
import java.util.Optional;

/** Criteria for a search of a provider's offer; patterns are digits of the E.164 without the plus. */
public record AvailableNumberQuery(CountryCode countryCode, Optional<Capability> capability,
                                   Optional<String> startsWith, Optional<String> contains,
                                   Optional<String> endsWith, int limit) {
    public AvailableNumberQuery {
        Objects.requireNonNull(countryCode, "countryCode");
        capability = capability == null ? Optional.empty() : capability;
        startsWith = startsWith == null ? Optional.empty() : startsWith;
        contains = contains == null ? Optional.empty() : contains;
        endsWith = endsWith == null ? Optional.empty() : endsWith;
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }
}
