package com.numberinventory.domain.event;

import com.numberinventory.domain.number.Capabilities;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.rental.RentalId;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.shared.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/** A number was claimed from inventory and assigned to a workspace; a rental started. */
public record NumberProvisioned(UUID eventId, Instant occurredAt, WorkspaceId workspace, NumberId numberId, E164 e164,
                                Capabilities capabilities, SeriesId seriesId, RentalId rentalId,
                                Instant rentalStartAt, long sequence) implements NumberEvent, WorkspaceEvent {

    public static final String KIND = "number.provisioned";

    @Override
    public String kind() {
        return KIND;
    }
}
