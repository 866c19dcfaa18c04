package com.numberinventory.domain.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * An enum whose constants have a stable name on the wire and in storage: by default the constant's name in lower
 * case ({@code fixed_line}); an enum with other names overrides {@link #wireName()}.
 */
public interface WireNamed {

    /** The constant's name in the code; every enum has it. */
    String name();

    default String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant of {@code type} named {@code raw} on the wire; empty for an unknown name or {@code null}. */
    static <E extends Enum<E> & WireNamed> Optional<E> fromWire(Class<E> type, String raw) {
        for (E constant : type.getEnumConstants()) {
            if (constant.wireName().equals(raw)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
