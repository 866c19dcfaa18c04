package com.numberinventory.domain.shared;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Strict parsing of UUID strings as they arrive from callers. */
public final class Uuids {

    private static final Pattern CANONICAL =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private Uuids() {
    }

    public static Optional<UUID> tryParse(String raw) {
        if (raw == null || !CANONICAL.matcher(raw).matches()) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(raw));
    }

    public static UUID parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw DomainException.invalidField(field, "is required");
        }
        return tryParse(raw).orElseThrow(() -> DomainException.invalidField(field, "must be a UUID"));
    }
}
