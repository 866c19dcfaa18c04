package com.numberinventory.domain.webhook;

import com.numberinventory.domain.shared.WireNamed;

import java.util.Optional;

/** Where one delivery of one event to one subscription stands. */
public enum DeliveryStatus implements WireNamed {
    PENDING("pending"), DELIVERED("delivered"), DEAD_LETTER("dead_letter");

    private final String wireName;

    DeliveryStatus(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static Optional<DeliveryStatus> fromWire(String raw) {
        return WireNamed.fromWire(DeliveryStatus.class, raw);
    }
}
