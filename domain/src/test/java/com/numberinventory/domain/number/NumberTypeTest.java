package com.numberinventory.domain.number;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumberTypeTest {

    @Test
    void libphonenumber_classifies_the_e164() {
        assertEquals(NumberType.MOBILE, NumberType.of(E164.parse("e164", "+254700000001")));
        assertEquals(NumberType.FIXED_LINE, NumberType.of(E164.parse("e164", "+254201234567")));
        assertEquals(NumberType.TOLL_FREE, NumberType.of(E164.parse("e164", "+18005550100")));
        assertEquals(NumberType.FIXED_LINE, NumberType.of(E164.parse("e164", "+442079460000")));
    }

    @Test
    void wire_names_are_lower_snake_case_and_read_back() {
        assertEquals("fixed_line_or_mobile", NumberType.FIXED_LINE_OR_MOBILE.wireName());
        assertEquals("toll_free", NumberType.TOLL_FREE.wireName());
        for (NumberType t : NumberType.values()) {
            assertEquals(Optional.of(t), NumberType.fromWire(t.wireName()));
        }
        assertEquals(Optional.empty(), NumberType.fromWire("MOBILE"));
        assertEquals(Optional.empty(), NumberType.fromWire(null));
    }

    @Test
    void every_libphonenumber_type_has_its_own() {
        for (var t : com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType.values()) {
            assertEquals(t.name(), NumberType.valueOf(t.name()).name());
        }
    }
}
