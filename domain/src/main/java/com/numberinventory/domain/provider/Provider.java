package com.numberinventory.domain.provider;

import com.numberinventory.domain.shared.Names;

import java.time.Instant;
import java.util.Objects;

/** An upstream carrier account we hold numbers from. */
public record Provider(ProviderId id, String name, ProviderKind kind, Status status, Instant createdAt) {

    /** A provider is active until an operator removes it; removed providers are kept for history. */
    public enum Status { ACTIVE, REMOVED }

    public Provider {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        name = requireName(name);
    }

    public static String requireName(String name) {
        return Names.require("name", name);
    }

    public Provider remove() {
        return new Provider(id, name, kind, Status.REMOVED, createdAt);
    }
}
