package com.numberinventory.domain.shared;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An enum whose constants have a stable name on the wire and in storage: by default the constant's name in lower
 * case ({@code fixed_line}); an enum with other names overrides {@link #wireName()}. Both directions are computed
 * once per enum (every number read maps its status and type from their stored names).
 */
public interface WireNamed {

    /** The constant's name in the code; every enum has it. */
    String name();

    /** The constant's position in its enum; every enum has it. */
    int ordinal();

    default String wireName() {
        return Names.LOWER_CASE.get(((Enum<?>) this).getDeclaringClass())[ordinal()];
    }

    /** The constant of {@code type} named {@code raw} on the wire; empty for an unknown name or {@code null}. */
    static <E extends Enum<E> & WireNamed> Optional<E> fromWire(Class<E> type, String raw) {
        return raw == null ? Optional.empty() : Optional.ofNullable(type.cast(Names.BY_WIRE.get(type).get(raw)));
    }

    /** The per-enum tables. */
    final class Names {
        private static final ClassValue<String[]> LOWER_CASE = new ClassValue<>() {
            @Override
            protected String[] computeValue(Class<?> type) {
                Object[] constants = type.getEnumConstants();
                String[] names = new String[constants.length];
                for (Object c : constants) {
                    Enum<?> e = (Enum<?>) c;
                    names[e.ordinal()] = e.name().toLowerCase(Locale.ROOT);
                }
                return names;
            }
        };
        private static final ClassValue<Map<String, Object>> BY_WIRE = new ClassValue<>() {
            @Override
            protected Map<String, Object> computeValue(Class<?> type) {
                Map<String, Object> byWire = new HashMap<>();
                for (Object c : type.getEnumConstants()) {
                    byWire.putIfAbsent(((WireNamed) c).wireName(), c);
                }
                return Map.copyOf(byWire);
            }
        };

        private Names() {
        }
    }
}
