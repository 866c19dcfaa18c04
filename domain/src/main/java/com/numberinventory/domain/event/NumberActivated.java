package com.numberinventory.domain.event;

import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;

import java.time.Instant;
import java.util.UUID;

/** A pending number passed its provider-side checks and became available. */
public record NumberActivated(UUID eventId, Instant occurredAt, NumberId numberId, E164 e164, long sequence)
        implements NumberEvent {

    public static final String KIND = "number.activated";

    @Override
    public String kind() {
        return KIND;
    }
}
