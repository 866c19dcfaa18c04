package com.numberinventory.application.port.in.numbers;

import java.util.Optional;

/**
 * Digit patterns over the E.164 without its {@code +}; empty means any. {@code pattern} is a whole-number
 * pattern with {@code *} wildcards and vanity letters ({@link NumberPattern}).
 */
public record DigitPatterns(Optional<String> startsWith, Optional<String> contains, Optional<String> endsWith,
                            Optional<NumberPattern> pattern) {

    public DigitPatterns(Optional<String> startsWith, Optional<String> contains, Optional<String> endsWith) {
        this(startsWith, contains, endsWith, Optional.empty());
    }

    public static DigitPatterns none() {
        return new DigitPatterns(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Whether these digits (of an E.164 without {@code +}) match every pattern given. */
    public boolean matches(String digits) {
        return startsWith.map(digits::startsWith).orElse(true) && contains.map(digits::contains).orElse(true)
                && endsWith.map(digits::endsWith).orElse(true) && pattern.map(p -> p.matches(digits)).orElse(true);
    }
}
