package com.numberinventory.application.port.in.numbers;

import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberPatternTest {

    private static NumberPattern parse(String raw) {
        return NumberPattern.parse("pattern", raw).orElseThrow();
    }

    @Test
    void letters_are_the_keypad_digits_and_repeated_wildcards_collapse() {
        assertEquals("*3569377", parse("*FLOWERS").digits());
        assertEquals("*3569377", parse("**flowers").digits());
        assertEquals("23456789", parse("ADGJMPTW").digits());
        assertEquals("23456789", parse("cfilosvz").digits());
        assertEquals("2227", parse("bcaS").digits());
        assertEquals("254*", parse("+254*").digits());
        assertEquals(Optional.empty(), NumberPattern.parse("pattern", "  "));
    }

    @Test
    void the_pattern_splits_into_the_index_served_parts() {
        NumberPattern endsWith = parse("*FLOWERS");
        assertEquals(Optional.empty(), endsWith.prefix());
        assertEquals(Optional.of("3569377"), endsWith.suffix());
        assertEquals(List.of(), endsWith.inner());

        NumberPattern all = parse("254*00*7*42");
        assertEquals(Optional.of("254"), all.prefix());
        assertEquals(Optional.of("42"), all.suffix());
        assertEquals(List.of("00", "7"), all.inner());
        assertEquals("254%00%7%42", all.like());

        NumberPattern contains = parse("*000*");
        assertEquals(Optional.empty(), contains.prefix());
        assertEquals(Optional.empty(), contains.suffix());
        assertEquals(List.of("000"), contains.inner());

        NumberPattern exact = parse("254700000001");
        assertTrue(exact.exact());
        assertEquals(Optional.of("254700000001"), exact.prefix());
    }

    @Test
    void it_matches_the_whole_number() {
        assertTrue(parse("*FLOWERS").matches("2547003569377"));
        assertFalse(parse("*FLOWERS").matches("25470035693770"));
        assertTrue(parse("2547*").matches("254700000001"));
        assertTrue(parse("*000*").matches("254700000001"));
        assertTrue(parse("25*54").matches("2554"));
        assertFalse(parse("25*54").matches("254"), "the prefix and the suffix may not overlap");
        assertTrue(parse("254700000001").matches("254700000001"));
        assertFalse(parse("254700000001").matches("2547000000012"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12#4", "***", "+", "2547-0", "٣٣٣", "1234567890123456", "*1*2*3*4*5*6*7*8*9*0*1*2*3*4*5*6"})
    void anything_else_is_refused_with_a_stable_code(String raw) {
        DomainException e = assertThrows(DomainException.class, () -> NumberPattern.parse("pattern", raw));
        assertEquals(ErrorCode.INVALID_PATTERN, e.errorCode());
        assertEquals("numbers.invalid_pattern", e.errorCode().code());
        assertEquals("pattern", e.fieldErrors().get(0).field());
    }
}
