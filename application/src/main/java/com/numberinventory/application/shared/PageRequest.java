package com.numberinventory.application.shared;

import com.numberinventory.domain.shared.DomainException;

import java.util.Optional;
import java.util.UUID;

/** A keyset page request: at most {@code limit} rows after the row with id {@code after}. */
public record PageRequest(int limit, Optional<UUID> after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw DomainException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
        }
        after = after == null ? Optional.empty() : after;
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty());
    }
}
