package com.numberinventory.domain.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MoneyTest {

    @Test
    void iso_4217_currencies_are_accepted() {
        assertEquals(10_000, new Money(10_000, "KES").amountMinor());
    }

    @Test
    void unknown_currencies_and_negative_amounts_are_refused() {
        assertEquals("monthly_price.currency",
                assertThrows(DomainException.class, () -> new Money(1, "kes")).fieldErrors().get(0).field());
        assertThrows(DomainException.class, () -> new Money(1, "XYZ1"));
        assertThrows(DomainException.class, () -> new Money(-1, "KES"));
    }
}
