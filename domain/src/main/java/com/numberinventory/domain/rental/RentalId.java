package com.numberinventory.domain.rental;

import java.util.Objects;
import java.util.UUID;

/** The id of a rental (UUIDv7). */
public record RentalId(UUID value) {
    public RentalId {
        Objects.requireNonNull(value, "rental id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
