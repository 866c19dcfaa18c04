package com.numberinventory.domain.number;

import com.numberinventory.domain.shared.WireNamed;

import java.util.Optional;

/** What a number can carry. */
public enum Capability implements WireNamed {
    VOICE, SMS, MMS, FAX;

    public static Optional<Capability> fromWire(String raw) {
        return WireNamed.fromWire(Capability.class, raw);
    }

    public int bit() {
        return 1 << ordinal();
    }
}
