package com.numberinventory.domain.event;

import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.rental.RentalId;
import com.numberinventory.domain.shared.Money;
import com.numberinventory.domain.shared.WorkspaceId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An assigned number moved from one workspace to another: the old rental ended with release reason
 * {@code transferred} and the new one opened at the same instant, at the series' current price, with no quarantine.
 * The envelope's workspace is the new holder; the data names both.
 */
public record NumberTransferred(UUID eventId, Instant occurredAt, WorkspaceId fromWorkspace, WorkspaceId toWorkspace,
                                NumberId numberId, E164 e164, RentalId endedRentalId, RentalId rentalId,
                                Money monthlyPrice, long sequence) implements NumberEvent {

    public static final String KIND = "number.transferred";

    public NumberTransferred {
        Objects.requireNonNull(fromWorkspace, "fromWorkspace");
        Objects.requireNonNull(toWorkspace, "toWorkspace");
        Objects.requireNonNull(endedRentalId, "endedRentalId");
        Objects.requireNonNull(rentalId, "rentalId");
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<WorkspaceId> workspaceId() {
        return Optional.of(toWorkspace);
    }
}
