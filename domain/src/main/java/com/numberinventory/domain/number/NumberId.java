package com.numberinventory.domain.number;

import java.util.Objects;
import java.util.UUID;

/** The service's id of a number (UUIDv7). */
public record NumberId(UUID value) {
    public NumberId {
        Objects.requireNonNull(value, "number id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
