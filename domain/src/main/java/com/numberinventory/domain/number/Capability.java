package com.numberinventory.domain.number;

import java.util.Locale;
import java.util.Optional;

/** What a number can carry. */
public enum Capability {
    VOICE, SMS, MMS, FAX;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Capability> fromWire(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        for (Capability c : values()) {
            if (c.wireName().equals(raw)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public int bit() {
        return 1 << ordinal();
    }
}
