package com.numberinventory.domain.shared;

/** The rule for human-given names (providers, series): present, trimmed, at most 200 characters. */
public final class Names {

    public static final int MAX_LENGTH = 200;

    private Names() {
    }

    public static String require(String field, String name) {
        if (name == null || name.isBlank()) {
            throw DomainException.invalidField(field, "is required");
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw DomainException.invalidField(field, "must be at most " + MAX_LENGTH + " characters");
        }
        return trimmed;
    }
}
