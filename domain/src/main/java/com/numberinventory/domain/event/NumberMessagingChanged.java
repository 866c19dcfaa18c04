package com.numberinventory.domain.event;

import com.numberinventory.domain.number.LineMessaging;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;

import java.time.Instant;
import java.util.UUID;

/** A number's 10DLC messaging state changed (attached to, failed on, or detached from a campaign). */
public record NumberMessagingChanged(UUID eventId, Instant occurredAt, NumberId numberId, E164 e164,
                                     LineMessaging messaging, long sequence) implements NumberEvent {

    public static final String KIND = "number.messaging_changed";

    @Override
    public String kind() {
        return KIND;
    }
}
