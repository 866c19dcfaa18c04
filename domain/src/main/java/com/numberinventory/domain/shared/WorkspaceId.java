package com.numberinventory.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** The customer account (tenant) a number is provisioned to; owned by another service. */
public record WorkspaceId(UUID value) {
    public WorkspaceId {
        Objects.requireNonNull(value, "workspace id");
    }

    public static WorkspaceId parse(String field, String raw) {
        return new WorkspaceId(Uuids.parse(field, raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
