package com.numberinventory.domain.apikey;

import java.util.Arrays;
import java.util.Optional;

/** What an API key may do. A route names the one scope it needs. */
public enum Scope {
    /** Read numbers, lookups, number history and rentals. */
    NUMBERS_READ("numbers:read"),
    /** Provision, release, reserve and the other number commands. */
    NUMBERS_WRITE("numbers:write"),
    /** Providers, series, imports, retirement, the provider event log, campaigns. */
    INVENTORY_ADMIN("inventory:admin"),
    /** Outbound webhook subscriptions and their deliveries. */
    WEBHOOKS_ADMIN("webhooks:admin"),
    /** Make, read and revoke API keys. */
    KEYS_ADMIN("keys:admin");

    private final String wireName;

    Scope(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Scope> fromWire(String raw) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(raw)).findFirst();
    }

    /** The scopes a workspace-bound key may hold: the rest act across workspaces. */
    public boolean workspaceBindable() {
        return this == NUMBERS_READ || this == NUMBERS_WRITE;
    }
}
