package com.numberinventory.domain.event;

import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.shared.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/** A number is held for one workspace until {@code reservedUntil}. */
public record NumberReserved(UUID eventId, Instant occurredAt, WorkspaceId workspace, NumberId numberId, E164 e164,
                             Instant reservedUntil, long sequence) implements NumberEvent, WorkspaceEvent {

    public static final String KIND = "number.reserved";

    @Override
    public String kind() {
        return KIND;
    }
}
