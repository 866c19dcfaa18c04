package com.numberinventory.domain.provider;

import com.numberinventory.domain.shared.DomainException;

import java.time.Instant;
import java.util.Objects;

/** An upstream carrier account we hold numbers from. */
public record Provider(ProviderId id, String name, ProviderKind kind, Status status, Instant createdAt) {

    /** A provider is active until an operator removes it; removed providers are kept for history. */
    public enum Status { ACTIVE, REMOVED }

    public static final int MAX_NAME_LENGTH = 200;

    public Provider {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        name = requireName(name);
    }

    public static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw DomainException.invalidField("name", "is required");
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw DomainException.invalidField("name", "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        return trimmed;
    }

    public Provider remove() {
        return new Provider(id, name, kind, Status.REMOVED, createdAt);
    }
}
