package com.numberinventory.domain.series;

import com.numberinventory.domain.shared.WireNamed;

import java.util.Optional;

/** Only numbers of an active series can be provisioned. */
public enum SeriesStatus implements WireNamed {
    ACTIVE, INACTIVE;

    public static Optional<SeriesStatus> fromWire(String raw) {
        return WireNamed.fromWire(SeriesStatus.class, raw);
    }
}
