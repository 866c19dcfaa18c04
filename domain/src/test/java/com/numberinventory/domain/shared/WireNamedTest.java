package com.numberinventory.domain.shared;

import com.numberinventory.domain.apikey.Scope;
import com.numberinventory.domain.number.Capability;
import com.numberinventory.domain.number.NumberType;
import com.numberinventory.domain.webhook.DeliveryStatus;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WireNamedTest {

    @Test
    void the_wire_name_is_the_constant_in_lower_case_unless_the_enum_names_it() {
        assertEquals("fixed_line", NumberType.FIXED_LINE.wireName());
        assertEquals("dead_letter", DeliveryStatus.DEAD_LETTER.wireName());
        assertEquals("numbers:read", Scope.NUMBERS_READ.wireName());
    }

    @Test
    void a_wire_name_reads_back_as_its_constant_and_anything_else_as_empty() {
        assertEquals(Optional.of(DeliveryStatus.DEAD_LETTER), DeliveryStatus.fromWire("dead_letter"));
        assertEquals(Optional.of(Scope.KEYS_ADMIN), Scope.fromWire("keys:admin"));
        assertEquals(Optional.empty(), Scope.fromWire("KEYS_ADMIN"));
        assertEquals(Optional.empty(), Capability.fromWire("SMS"));
        assertEquals(Optional.empty(), Capability.fromWire(null));
    }
}
