package com.numberinventory.application.port.in.numbers;

import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A whole-number pattern over the digits of the E.164 (without {@code +}): digits, letters read as the keypad
 * digits they sit on ({@code ABC}=2, {@code DEF}=3, {@code GHI}=4, {@code JKL}=5, {@code MNO}=6, {@code PQRS}=7,
 * {@code TUV}=8, {@code WXYZ}=9, so {@code *FLOWERS} is {@code *3569377}), and {@code *} for any run of digits,
 * none included. {@code 2547*} starts with 2547, {@code *FLOWERS} ends with 3569377, {@code *000*} contains 000,
 * {@code 254*00*42} all three; without {@code *} the pattern is the whole number.
 *
 * @param digits the pattern with letters mapped, repeated {@code *} collapsed
 */
public record NumberPattern(String digits) {

    /** The longest pattern taken: an E.164 has at most 15 digits, with room for wildcards between them. */
    public static final int MAX_LENGTH = 32;
    private static final String KEYPAD = "22233344455566677778889999";

    /** Reads caller input; a leading {@code +} (or the space a {@code +} becomes in a query) is tolerated. */
    public static Optional<NumberPattern> parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String s = raw.strip();
        if (s.startsWith("+")) {
            s = s.substring(1);
        }
        if (s.length() > MAX_LENGTH) {
            throw invalid(field, "must be at most " + MAX_LENGTH + " characters");
        }
        StringBuilder out = new StringBuilder(s.length());
        int literal = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
                literal++;
            } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                out.append(KEYPAD.charAt(Character.toUpperCase(c) - 'A'));
                literal++;
            } else if (c == '*') {
                if (out.isEmpty() || out.charAt(out.length() - 1) != '*') {
                    out.append('*');
                }
            } else {
                throw invalid(field, "may hold only digits, letters (keypad digits) and * (any digits), e.g. *FLOWERS");
            }
        }
        if (literal == 0) {
            throw invalid(field, "needs at least one digit or letter besides *");
        }
        if (literal > 15) {
            throw invalid(field, "names more than the 15 digits an E.164 number has");
        }
        return Optional.of(new NumberPattern(out.toString()));
    }

    private static DomainException invalid(String field, String message) {
        return new DomainException(ErrorCode.INVALID_PATTERN, field + ": " + message,
                List.of(new DomainException.FieldError(field, message)));
    }

    /** No wildcard: the pattern is the whole number. */
    public boolean exact() {
        return digits.indexOf('*') < 0;
    }

    /** The literal the number must start with, if the pattern does not start with {@code *}. */
    public Optional<String> prefix() {
        return exact() ? Optional.of(digits) : literalOrEmpty(digits.substring(0, digits.indexOf('*')));
    }

    /** The literal the number must end with, if the pattern does not end with {@code *}. */
    public Optional<String> suffix() {
        return exact() ? Optional.of(digits) : literalOrEmpty(digits.substring(digits.lastIndexOf('*') + 1));
    }

    /** The literals between the first and the last {@code *}, in order. */
    public List<String> inner() {
        List<String> out = new ArrayList<>();
        if (exact()) {
            return out;
        }
        String middle = digits.substring(digits.indexOf('*') + 1, digits.lastIndexOf('*') + 1);
        for (String part : middle.split("\\*")) {
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
        return out;
    }

    /** The pattern as SQL LIKE text ({@code *} as {@code %}); it holds only digits and {@code %}. */
    public String like() {
        return digits.replace('*', '%');
    }

    /** Whether these digits (of an E.164 without {@code +}) match. */
    public boolean matches(String numberDigits) {
        return numberDigits.matches(digits.replace("*", "[0-9]*"));
    }

    private static Optional<String> literalOrEmpty(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    @Override
    public String toString() {
        return digits.toLowerCase(Locale.ROOT);
    }
}
