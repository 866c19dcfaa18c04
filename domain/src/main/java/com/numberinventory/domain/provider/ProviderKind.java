package com.numberinventory.domain.provider;

import com.numberinventory.domain.shared.WireNamed;

import java.util.Optional;

/** Which upstream carrier an account is with; decides how its webhooks are read. */
public enum ProviderKind implements WireNamed {
    SAUTIKIT, TELNYX, ZIPWHIP;

    public static Optional<ProviderKind> fromWire(String raw) {
        return WireNamed.fromWire(ProviderKind.class, raw);
    }
}
