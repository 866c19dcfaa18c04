package com.numberinventory.domain.event;

import com.numberinventory.domain.number.Capabilities;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.NumberStatus;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.series.SeriesId;

import java.time.Instant;
import java.util.UUID;

/** A number entered the inventory (import or provider acquisition). */
public record NumberAdded(UUID eventId, Instant occurredAt, NumberId numberId, E164 e164, Capabilities capabilities,
                          SeriesId seriesId, ProviderId providerId, NumberStatus status, long sequence)
        implements NumberEvent {

    public static final String KIND = "number.added";

    @Override
    public String kind() {
        return KIND;
    }
}
