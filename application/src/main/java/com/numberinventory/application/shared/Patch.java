package com.numberinventory.application.shared;

import java.util.Optional;
import java.util.function.Consumer;

/** A field of a partial update: left alone, or set to a value (which may be "none"). */
public sealed interface Patch<T> {

    record Unchanged<T>() implements Patch<T> {
    }

    record Set<T>(Optional<T> value) implements Patch<T> {
    }

    static <T> Patch<T> unchanged() {
        return new Unchanged<>();
    }

    static <T> Patch<T> set(T value) {
        return new Set<>(Optional.ofNullable(value));
    }

    default void ifSet(Consumer<Optional<T>> action) {
        if (this instanceof Set<T> s) {
            action.accept(s.value());
        }
    }
}
