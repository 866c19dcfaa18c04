package com.numberinventory.domain.apikey;

import java.util.Objects;
import java.util.UUID;

/** The id of an API key (not the key itself: the id is safe to show and log). */
public record ApiKeyId(UUID value) {
    public ApiKeyId {
        Objects.requireNonNull(value, "api key id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
