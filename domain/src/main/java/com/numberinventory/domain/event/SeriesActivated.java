package com.numberinventory.domain.event;

import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.series.SeriesId;

import java.time.Instant;
import java.util.UUID;

/** A series was opened for provisioning. */
public record SeriesActivated(UUID eventId, Instant occurredAt, SeriesId seriesId, ProviderId providerId)
        implements DomainEvent {

    public static final String KIND = "series.activated";

    @Override
    public String kind() {
        return KIND;
    }
}
