package com.numberinventory.domain.event;

import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.shared.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/** A reservation ended without a provision: it ran out, or the workspace cancelled it. */
public record NumberReservationEnded(UUID eventId, Instant occurredAt, WorkspaceId workspace, NumberId numberId,
                                     E164 e164, boolean expired, long sequence) implements NumberEvent, WorkspaceEvent {

    public static final String EXPIRED = "number.reservation_expired";
    public static final String CANCELLED = "number.reservation_cancelled";

    @Override
    public String kind() {
        return expired ? EXPIRED : CANCELLED;
    }
}
