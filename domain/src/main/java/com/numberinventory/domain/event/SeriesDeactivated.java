package com.numberinventory.domain.event;

import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.shared.WorkspaceId;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A series was closed for provisioning; its numbers stay where they are. */
public record SeriesDeactivated(UUID eventId, Instant occurredAt, SeriesId seriesId, ProviderId providerId)
        implements DomainEvent {

    public static final String KIND = "series.deactivated";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<WorkspaceId> workspaceId() {
        return Optional.empty();
    }
}
