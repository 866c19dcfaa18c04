package com.numberinventory.adapters.rest.support;

import com.numberinventory.application.port.in.numbers.DigitPatterns;
import com.numberinventory.application.port.in.numbers.NumberPattern;
import com.numberinventory.domain.number.NumberType;

import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.number.Capabilities;
import com.numberinventory.domain.shared.CountryCode;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.Uuids;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Reads query and body parameters into domain values, naming the field when one is wrong. */
public final class Params {

    private static final Pattern DIGITS = Pattern.compile("^[0-9]{1,15}$");

    private Params() {
    }

    public static Optional<String> text(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.trim());
    }

    public static Optional<UUID> uuid(String field, String raw) {
        return text(raw).map(r -> Uuids.parse(field, r));
    }

    public static Optional<CountryCode> country(String field, String raw) {
        return text(raw).map(r -> CountryCode.parse(field, r));
    }

    public static Optional<Capabilities> capabilities(String field, List<String> raw) {
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i) == null) {
                throw DomainException.invalidField(field + "[" + i + "]", "must be voice, sms, mms or fax, not null");
            }
        }
        List<String> split = raw.stream().flatMap(r -> java.util.Arrays.stream(r.split(","))).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
        return split.isEmpty() ? Optional.empty() : Optional.of(Capabilities.parse(field, split));
    }

    /** A digit pattern; a leading '+' is tolerated (and a leading space, which is what '+' in a query becomes). */
    public static Optional<String> digits(String field, String raw) {
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        String cleaned = raw.strip();
        if (cleaned.startsWith("+")) {
            cleaned = cleaned.substring(1);
        }
        if (!DIGITS.matcher(cleaned).matches()) {
            throw DomainException.invalidField(field, "must be 1 to 15 digits");
        }
        return Optional.of(cleaned);
    }

    public static DigitPatterns patterns(String startsWith, String contains, String endsWith) {
        return new DigitPatterns(digits("starts_with", startsWith), digits("contains", contains),
                digits("ends_with", endsWith));
    }

    /** The four digit patterns, {@code pattern} with wildcards and vanity letters (422 numbers.invalid_pattern). */
    public static DigitPatterns patterns(String startsWith, String contains, String endsWith, String pattern) {
        return new DigitPatterns(digits("starts_with", startsWith), digits("contains", contains),
                digits("ends_with", endsWith), NumberPattern.parse("pattern", pattern));
    }

    public static Optional<NumberType> numberType(String field, String raw) {
        return text(raw).map(r -> NumberType.fromWire(r).orElseThrow(() -> DomainException.invalidField(field,
                "must be one of " + java.util.Arrays.stream(NumberType.values()).map(NumberType::wireName)
                        .collect(java.util.stream.Collectors.joining(", ")))));
    }

    public static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return PageRequest.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
                throw DomainException.invalidField("limit", "must be between 1 and " + PageRequest.MAX_LIMIT);
            }
            return limit;
        } catch (NumberFormatException e) {
            throw DomainException.invalidField("limit", "must be a whole number between 1 and " + PageRequest.MAX_LIMIT);
        }
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw DomainException.invalidField(field, "is required");
        }
        return value;
    }
}
