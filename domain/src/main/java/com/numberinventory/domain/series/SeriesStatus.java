package com.numberinventory.domain.series;

import java.util.Locale;
import java.util.Optional;

/** Only numbers of an active series can be provisioned. */
public enum SeriesStatus {
    ACTIVE, INACTIVE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SeriesStatus> fromWire(String raw) {
        for (SeriesStatus s : values()) {
            if (s.wireName().equals(raw)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
