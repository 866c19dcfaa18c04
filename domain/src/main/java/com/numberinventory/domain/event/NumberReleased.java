package com.numberinventory.domain.event;

import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.ReleaseReason;
import com.numberinventory.domain.rental.RentalId;
import com.numberinventory.domain.shared.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/** A workspace's rental of a number ended, with a reason. */
public record NumberReleased(UUID eventId, Instant occurredAt, WorkspaceId workspace, NumberId numberId, E164 e164,
                             ReleaseReason releaseReason, Instant releasedAt, RentalId rentalId,
                             Instant quarantineUntil, long sequence) implements NumberEvent, WorkspaceEvent {

    public static final String KIND = "number.released";

    @Override
    public String kind() {
        return KIND;
    }
}
