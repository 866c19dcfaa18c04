package com.numberinventory.domain.number;

import java.util.Locale;
import java.util.Optional;

/** Where a number is in its lifecycle (see domain.md). */
public enum NumberStatus {
    PENDING, AVAILABLE, RESERVED, ASSIGNED, QUARANTINED, RETIRED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<NumberStatus> fromWire(String raw) {
        for (NumberStatus s : values()) {
            if (s.wireName().equals(raw)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
