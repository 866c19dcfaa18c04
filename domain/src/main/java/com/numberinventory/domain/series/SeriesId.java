package com.numberinventory.domain.series;

import java.util.Objects;
import java.util.UUID;

/** The id of a number series. */
public record SeriesId(UUID value) {
    public SeriesId {
        Objects.requireNonNull(value, "series id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
