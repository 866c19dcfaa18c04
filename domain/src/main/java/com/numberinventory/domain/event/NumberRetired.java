package com.numberinventory.domain.event;

import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;

import java.time.Instant;
import java.util.UUID;

/** A number left the inventory for good; {@code reason} is free text (operator note, provider event). */
public record NumberRetired(UUID eventId, Instant occurredAt, NumberId numberId, E164 e164, String reason,
                            long sequence) implements NumberEvent {

    public static final String KIND = "number.retired";

    @Override
    public String kind() {
        return KIND;
    }
}
