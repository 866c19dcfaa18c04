package com.numberinventory.domain.number;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.numberinventory.domain.shared.CountryCode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

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

    /** The reference: the type of the number as the library's general parser reads it. */
    private static NumberType byLibrary(String raw) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            return NumberType.valueOf(util.getNumberType(util.parse(raw, null)).name());
        } catch (NumberParseException e) {
            return NumberType.UNKNOWN;
        }
    }

    @Test
    void the_type_is_the_library_s_over_every_region_s_examples_their_neighbours_and_random_numbers() {
        Random random = new Random(11);
        List<String> inputs = new ArrayList<>(LibraryExamples.examplesAndNeighbours(random));
        for (int i = 0; i < 20_000; i++) {
            long digits = Math.abs(random.nextLong()) % 100_000_000_000_000L;
            inputs.add("+" + (1 + random.nextInt(9)) + digits);
        }
        int valid = 0;
        for (String raw : inputs) {
            Optional<E164> e164 = E164.tryParse(raw);
            if (e164.isPresent()) {
                assertEquals(byLibrary(raw), NumberType.of(e164.get()), raw);
                valid++;
            }
            // Numbers stored before validation tightened, or read from elsewhere, are classified the same way.
            assertEquals(byLibrary(raw), NumberType.of(new E164(raw, new CountryCode("KE"))), raw);
        }
        assertEquals(true, valid > 1000, valid + " valid");
    }
}
