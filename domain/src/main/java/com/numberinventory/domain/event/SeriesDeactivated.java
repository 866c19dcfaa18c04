package com.numberinventory.domain.event;

import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.series.SeriesId;

import java.time.Instant;
import java.util.UUID;

/** A series was closed for provisioning; its numbers stay where they are. */
public record SeriesDeactivated(UUID eventId, Instant occurredAt, SeriesId seriesId, ProviderId providerId)
        implements DomainEvent {

    public static final String KIND = "series.deactivated";

    @Override
    public String kind() {
        return KIND;
    }
}
