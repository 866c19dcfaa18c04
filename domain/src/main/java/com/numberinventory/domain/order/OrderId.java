package com.numberinventory.domain.order;

import java.util.Objects;
import java.util.UUID;

/** The service's id of a carrier order (UUIDv7); also the reference sent to the provider. */
public record OrderId(UUID value) {
    public OrderId {
        Objects.requireNonNull(value, "order id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
