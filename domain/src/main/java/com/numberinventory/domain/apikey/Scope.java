package com.numberinventory.domain.apikey;

import com.numberinventory.domain.shared.WireNamed;

import java.util.Optional;

/** What an API key may do. A route names the one scope it needs. */
public enum Scope implements WireNamed {
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

    @Override
    public String wireName() {
        return wireName;
    }

    public static Optional<Scope> fromWire(String raw) {
        return WireNamed.fromWire(Scope.class, raw);
    }

    /** The scopes a workspace-bound key may hold: the rest act across workspaces. */
    public boolean workspaceBindable() {
        return this == NUMBERS_READ || this == NUMBERS_WRITE;
    }
}
