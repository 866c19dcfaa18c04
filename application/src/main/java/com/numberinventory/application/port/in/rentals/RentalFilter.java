package com.numberinventory.application.port.in.rentals;

import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.shared.WorkspaceId;

import java.time.Instant;
import java.util.Optional;

/**
 * Filters of the rental ledger; empty means any. {@code activeAt}: rentals open at that instant; {@code from} and
 * {@code to}: rentals that overlap the period [from, to).
 */
public record RentalFilter(Optional<WorkspaceId> workspaceId, Optional<NumberId> numberId, Optional<Instant> activeAt,
                           Optional<Instant> from, Optional<Instant> to) {
}
