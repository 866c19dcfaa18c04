package com.numberinventory.domain.number;

import com.numberinventory.domain.shared.WireNamed;

import java.util.Optional;

/** Where a number is in its lifecycle (see domain.md). */
public enum NumberStatus implements WireNamed {
    PENDING, AVAILABLE, RESERVED, ASSIGNED, QUARANTINED, RETIRED;

    public static Optional<NumberStatus> fromWire(String raw) {
        return WireNamed.fromWire(NumberStatus.class, raw);
    }
}
