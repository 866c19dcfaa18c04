package com.numberinventory.domain.provider;

import java.util.Objects;
import java.util.UUID;

/** The id of an upstream provider account. */
public record ProviderId(UUID value) {
    public ProviderId {
        Objects.requireNonNull(value, "provider id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
