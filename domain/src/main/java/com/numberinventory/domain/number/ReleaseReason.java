package com.numberinventory.domain.number;

import java.util.Locale;
import java.util.Optional;

/** Why a rental ended. */
public enum ReleaseReason {
    /** The workspace asked. */
    EXPLICIT,
    /** A trial rental ran out. */
    TRIAL_EXPIRED,
    /** An operator released it. */
    ADMIN_RELEASED,
    /** The upstream provider took the number back. */
    PROVIDER_RELEASED,
    /** An operator moved the number to another workspace: a new rental opened at the same instant. */
    TRANSFERRED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReleaseReason> fromWire(String raw) {
        for (ReleaseReason r : values()) {
            if (r.wireName().equals(raw)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
