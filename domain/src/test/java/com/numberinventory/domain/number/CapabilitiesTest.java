package com.numberinventory.domain.number;

import com.numberinventory.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CapabilitiesTest {

    @Test
    void wire_names_parse_and_come_back_in_a_stable_order() {
        Capabilities caps = Capabilities.parse("capabilities", List.of("sms", "voice", "sms"));
        assertEquals(List.of("voice", "sms"), caps.wireNames());
    }

    @Test
    void an_unknown_capability_is_refused_naming_the_field() {
        DomainException e = assertThrows(DomainException.class,
                () -> Capabilities.parse("capabilities", List.of("voice", "telepathy")));
        assertEquals("capabilities", e.fieldErrors().get(0).field());
    }

    @Test
    void a_null_entry_is_refused_naming_its_index() {
        DomainException e = assertThrows(DomainException.class,
                () -> Capabilities.parse("capabilities", java.util.Arrays.asList("voice", null)));
        assertEquals("capabilities[1]", e.fieldErrors().get(0).field());
    }

    /** Four capability bits: every one of the 16 combinations, not a sample. */
    static IntStream every_combination_of_bits() {
        return IntStream.rangeClosed(0, 15);
    }

    @ParameterizedTest(name = "bits {0}")
    @MethodSource("every_combination_of_bits")
    void bits_round_trip(int bits) {
        Capabilities caps = Capabilities.fromBits(bits);
        assertEquals(bits, caps.bits());
        assertTrue(caps.containsAll(Capabilities.fromBits(bits & 0b0101)));
    }
}
