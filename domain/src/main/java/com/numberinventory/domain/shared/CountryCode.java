package com.numberinventory.domain.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, upper case. */
public record CountryCode(String value) {

    private static final Set<String> ISO = Set.copyOf(java.util.Arrays.asList(Locale.getISOCountries()));

    public CountryCode {
        Objects.requireNonNull(value, "country code");
    }

    public static CountryCode parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw DomainException.invalidField(field, "is required");
        }
        String upper = raw.trim().toUpperCase(Locale.ROOT);
        if (!ISO.contains(upper)) {
            throw DomainException.invalidField(field, "must be an ISO 3166-1 alpha-2 country code such as KE");
        }
        return new CountryCode(upper);
    }

    @Override
    public String toString() {
        return value;
    }
}
