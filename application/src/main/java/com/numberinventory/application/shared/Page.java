package com.numberinventory.application.shared;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** One page of rows and, when more follow, the id of the last row to continue after. */
public record Page<T>(List<T> items, Optional<UUID> nextAfter) {

    public Page {
        items = List.copyOf(items);
    }

    /** Builds a page from {@code limit + 1} fetched rows: the extra row only tells that more follow. */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, UUID> idOf) {
        if (fetched.size() > limit) {
            List<T> items = fetched.subList(0, limit);
            return new Page<>(items, Optional.of(idOf.apply(items.get(limit - 1))));
        }
        return new Page<>(fetched, Optional.empty());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextAfter);
    }
}
