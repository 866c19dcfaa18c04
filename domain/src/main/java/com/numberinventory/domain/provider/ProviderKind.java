package com.numberinventory.domain.provider;

import java.util.Locale;
import java.util.Optional;

/** Which upstream carrier an account is with; decides how its webhooks are read. */
public enum ProviderKind {
    SAUTIKIT, TELNYX, ZIPWHIP;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ProviderKind> fromWire(String raw) {
        for (ProviderKind k : values()) {
            if (k.wireName().equals(raw)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
