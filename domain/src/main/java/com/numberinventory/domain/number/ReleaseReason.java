package com.numberinventory.domain.number;

import com.numberinventory.domain.shared.WireNamed;

import java.util.Optional;

/** Why a rental ended. */
public enum ReleaseReason implements WireNamed {
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

    public static Optional<ReleaseReason> fromWire(String raw) {
        return WireNamed.fromWire(ReleaseReason.class, raw);
    }
}
