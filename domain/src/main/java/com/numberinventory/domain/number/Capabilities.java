package com.numberinventory.domain.number;

import com.numberinventory.domain.shared.DomainException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A set of capabilities ({@code voice}, {@code sms}, {@code mms}, {@code fax}). */
public record Capabilities(Set<Capability> values) {

    public Capabilities {
        values = values.isEmpty() ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(values);
    }

    public static Capabilities of(Capability... capabilities) {
        return new Capabilities(capabilities.length == 0 ? Set.of() : EnumSet.copyOf(List.of(capabilities)));
    }

    public static Capabilities parse(String field, Collection<String> raw) {
        if (raw == null) {
            throw DomainException.invalidField(field, "is required");
        }
        EnumSet<Capability> set = EnumSet.noneOf(Capability.class);
        int index = 0;
        for (String r : raw) {
            if (r == null) {
                throw DomainException.invalidField(field + "[" + index + "]", "must be voice, sms, mms or fax, not null");
            }
            index++;
            set.add(Capability.fromWire(r).orElseThrow(() -> DomainException.invalidField(field,
                    "unknown capability '" + r + "'; use voice, sms, mms or fax")));
        }
        return new Capabilities(set);
    }

    public static Capabilities fromBits(int bits) {
        EnumSet<Capability> set = EnumSet.noneOf(Capability.class);
        for (Capability c : Capability.values()) {
            if ((bits & c.bit()) != 0) {
                set.add(c);
            }
        }
        return new Capabilities(set);
    }

    public int bits() {
        int bits = 0;
        for (Capability c : values) {
            bits |= c.bit();
        }
        return bits;
    }

    public boolean containsAll(Capabilities other) {
        return values.containsAll(other.values);
    }

    public List<String> wireNames() {
        List<String> names = new ArrayList<>();
        for (Capability c : values) {
            names.add(c.wireName());
        }
        return names;
    }
}
