package com.numberinventory.domain.number;

import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class E164Test {

    @Test
    void a_valid_kenyan_mobile_number_parses_with_its_country() {
        E164 e164 = E164.parse("e164", "+254700000001");
        assertEquals("+254700000001", e164.value());
        assertEquals("KE", e164.country().value());
        assertEquals("254700000001", e164.digits());
    }

    @Test
    void nanp_numbers_get_their_region() {
        assertEquals("US", E164.parse("e164", "+12025550123").country().value());
    }

    @Test
    void input_that_is_not_strict_e164_is_refused_naming_the_field() {
        for (String bad : new String[]{"254700000001", "+254 700 000 001", "+2547000000011111", "+0700000000", "",
                "+", "+254700", "tel:+254700000001", "+254-700-000-001"}) {
            DomainException e = assertThrows(DomainException.class, () -> E164.parse("e164", bad), bad);
            assertEquals(ErrorCode.BAD_REQUEST, e.errorCode());
            assertEquals("e164", e.fieldErrors().get(0).field());
        }
    }

    @Test
    void a_missing_number_is_refused() {
        assertThrows(DomainException.class, () -> E164.parse("e164", null));
    }

    @Property
    void every_valid_number_round_trips_through_its_digits(@ForAll @LongRange(min = 254_700_000_000L, max = 254_729_999_999L) long digits) {
        String raw = "+" + digits;
        E164.tryParse(raw).ifPresent(e -> {
            assertEquals(raw, e.value());
            assertEquals(raw, E164.parse("x", "+" + e.digits()).value());
            assertTrue(e.country().value().equals("KE"));
        });
    }
}
