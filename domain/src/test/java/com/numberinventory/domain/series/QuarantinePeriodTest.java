package com.numberinventory.domain.series;

import com.numberinventory.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuarantinePeriodTest {

    @Test
    void iso_durations_parse_and_print_as_written() {
        assertEquals(Duration.ofDays(30), QuarantinePeriod.parse("q", "P30D").duration());
        assertEquals("P30D", QuarantinePeriod.parse("q", "P30D").iso());
        assertEquals("PT10S", QuarantinePeriod.parse("q", "PT10S").iso());
        assertEquals("P1DT12H", QuarantinePeriod.parse("q", "P1DT12H").iso());
        assertTrue(QuarantinePeriod.parse("q", "PT0S").isZero());
    }

    @Test
    void nonsense_and_negative_periods_are_refused() {
        assertThrows(DomainException.class, () -> QuarantinePeriod.parse("quarantine_period", "30 days"));
        assertThrows(DomainException.class, () -> QuarantinePeriod.parse("quarantine_period", "-P1D"));
        assertThrows(DomainException.class, () -> QuarantinePeriod.parse("quarantine_period", "P1M"));
    }
}
