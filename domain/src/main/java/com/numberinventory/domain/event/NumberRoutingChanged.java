package com.numberinventory.domain.event;

import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.shared.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/** An assigned number was suspended (routing backends stop routing it) or resumed. */
public record NumberRoutingChanged(UUID eventId, Instant occurredAt, WorkspaceId workspace, NumberId numberId,
                                   E164 e164, boolean suspended, String reason, long sequence) implements NumberEvent, WorkspaceEvent {

    public static final String SUSPENDED = "number.suspended";
    public static final String RESUMED = "number.resumed";

    @Override
    public String kind() {
        return suspended ? SUSPENDED : RESUMED;
    }
}
