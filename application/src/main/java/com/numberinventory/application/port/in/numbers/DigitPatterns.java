package com.numberinventory.application.port.in.numbers;

import java.util.Optional;

/** Digit patterns over the E.164 without its {@code +}; empty means any. */
public record DigitPatterns(Optional<String> startsWith, Optional<String> contains, Optional<String> endsWith) {

    public static DigitPatterns none() {
        return new DigitPatterns(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
