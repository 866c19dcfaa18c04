package com.numberinventory.domain.webhook;

import java.util.Arrays;
import java.util.Optional;

/** Where one delivery of one event to one subscription stands. */
public enum DeliveryStatus {
    PENDING("pending"), DELIVERED("delivered"), DEAD_LETTER("dead_letter");

    private final String wireName;

    DeliveryStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<DeliveryStatus> fromWire(String raw) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(raw)).findFirst();
    }
}
