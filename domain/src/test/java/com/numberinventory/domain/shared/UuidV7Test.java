package com.numberinventory.domain.shared;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UuidV7Test {

    @Test
    void ids_are_version_7_and_strictly_increasing_even_within_one_millisecond() {
        Clock frozen = Clock.fixed(Instant.parse("2026-06-27T10:00:00Z"), ZoneOffset.UTC);
        UUID previous = UuidV7.next(frozen);
        for (int i = 0; i < 20_000; i++) {
            UUID next = UuidV7.next(frozen);
            assertEquals(7, next.version());
            assertEquals(2, next.variant());
            assertTrue(next.compareTo(previous) > 0 || Long.compareUnsigned(next.getMostSignificantBits(),
                    previous.getMostSignificantBits()) > 0, "monotonic");
            assertTrue(next.toString().compareTo(previous.toString()) > 0, "string order follows creation order");
            previous = next;
        }
    }
}
