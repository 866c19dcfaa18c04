package com.numberinventory.adapters.rest.support;

import com.numberinventory.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TimesTest {

    @Test
    void an_rfc3339_time_with_any_offset_is_read_as_an_instant() {
        assertEquals(Optional.of(Instant.parse("2026-07-01T00:00:00Z")), Times.parse("from", "2026-07-01T03:00:00+03:00"));
        assertEquals(Optional.empty(), Times.parse("from", " "));
    }

    @Test
    void years_outside_the_four_digit_calendar_are_refused_naming_the_field() {
        for (String raw : new String[] {"-999999999-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z",
                "0000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "yesterday"}) {
            DomainException e = assertThrows(DomainException.class, () -> Times.parse("from", raw), raw);
            assertEquals("from", e.fieldErrors().get(0).field());
        }
    }
}
