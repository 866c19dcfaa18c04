package com.numberinventory.domain.number;

import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Random;
import java.util.stream.LongStream;

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

    /**
     * Generated cases: the range's two ends and 500 digits drawn from a fixed seed, so a failure names its input
     * and reproduces on every run.
     */
    static LongStream kenyan_mobile_digits() {
        long min = 254_700_000_000L;
        long max = 254_729_999_999L;
        Random random = new Random(254_700L);
        return LongStream.concat(LongStream.of(min, max), random.longs(500, min, max + 1));
    }

    @ParameterizedTest(name = "+{0}")
    @MethodSource("kenyan_mobile_digits")
    void every_valid_number_round_trips_through_its_digits(long digits) {
        String raw = "+" + digits;
        E164.tryParse(raw).ifPresent(e -> {
            assertEquals(raw, e.value());
            assertEquals(raw, E164.parse("x", "+" + e.digits()).value());
            assertTrue(e.country().value().equals("KE"));
        });
    }

    @Test
    void the_generated_range_holds_valid_numbers_so_the_round_trip_is_not_vacuous() {
        long valid = kenyan_mobile_digits().filter(d -> E164.tryParse("+" + d).isPresent()).count();
        assertTrue(valid > 400, "only " + valid + " of the generated Kenyan mobile numbers parsed");
    }
}
