package com.numberinventory.adapters.rest.support;

import com.numberinventory.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
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

    @Test
    void instants_are_written_as_the_formatter_writes_them_with_milliseconds() {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
        long first = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
        long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 100_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(first, last + 1), random.nextInt(1_000_000_000));
            assertEquals(formatter.format(t), Times.format(t), t.toString());
        }
        for (String edge : new String[] {"0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
                "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999Z", "2026-12-06T17:01:44.000500Z", "2024-02-29T12:00:00Z"}) {
            Instant t = Instant.parse(edge);
            assertEquals(formatter.format(t), Times.format(t), edge);
        }
        assertEquals("2026-12-06T17:01:44.123Z", Times.format(Instant.parse("2026-12-06T17:01:44.123987Z")));
        Instant beyond = Instant.parse("+10000-01-01T00:00:00Z");
        assertEquals(formatter.format(beyond), Times.format(beyond));
        assertEquals(null, Times.format(null));
    }
}
