package com.numberinventory.domain.job;

import java.util.Objects;
import java.util.UUID;

/** The id of a bulk job (UUIDv7). */
public record JobId(UUID value) {
    public JobId {
        Objects.requireNonNull(value, "job id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
