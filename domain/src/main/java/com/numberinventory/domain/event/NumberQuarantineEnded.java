package com.numberinventory.domain.event;

import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;

import java.time.Instant;
import java.util.UUID;

/** A released number's quarantine ran out: it is available to anyone again. */
public record NumberQuarantineEnded(UUID eventId, Instant occurredAt, NumberId numberId, E164 e164, long sequence)
        implements NumberEvent {

    public static final String KIND = "number.quarantine_ended";

    @Override
    public String kind() {
        return KIND;
    }
}
