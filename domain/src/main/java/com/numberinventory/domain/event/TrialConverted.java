package com.numberinventory.domain.event;

import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.rental.RentalId;
import com.numberinventory.domain.shared.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/** A trial rental became a paid rental; it no longer expires. */
public record TrialConverted(UUID eventId, Instant occurredAt, WorkspaceId workspace, NumberId numberId, E164 e164,
                             RentalId rentalId, long sequence) implements NumberEvent, WorkspaceEvent {

    public static final String KIND = "number.trial_converted";

    @Override
    public String kind() {
        return KIND;
    }
}
