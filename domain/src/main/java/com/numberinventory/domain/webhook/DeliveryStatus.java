package com.numberinventory.domain.webhook;

import com.numberinventory.domain.shared.WireNamed;

import java.util.Optional;

/** Where one delivery of one event to one subscription stands. */
public enum DeliveryStatus implements WireNamed {
    PENDING, DELIVERED, DEAD_LETTER;

    public static Optional<DeliveryStatus> fromWire(String raw) {
        return WireNamed.fromWire(DeliveryStatus.class, raw);
    }
}
