package com.numberinventory.domain.rental;

import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.ReleaseReason;
import com.numberinventory.domain.shared.Money;
import com.numberinventory.domain.shared.WorkspaceId;

import java.time.Instant;
import java.util.Objects;

/**
 * The period one workspace holds one number, with the monthly price it was provisioned at.
 * Rentals are never deleted: they are the billing ledger.
 */
public record Rental(RentalId id,
                     NumberId numberId,
                     WorkspaceId workspaceId,
                     Instant startedAt,
                     Money monthlyPrice,
                     Instant trialEndsAt,
                     Instant convertedAt,
                     Instant endedAt,
                     ReleaseReason releaseReason) {

    public Rental {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(numberId, "numberId");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(monthlyPrice, "monthlyPrice");
        if ((endedAt == null) != (releaseReason == null)) {
            throw new IllegalArgumentException("a rental ends with a reason, and only then");
        }
    }

    public static Rental start(RentalId id, NumberId numberId, WorkspaceId workspaceId, Instant startedAt,
                               Money monthlyPrice, Instant trialEndsAt) {
        return new Rental(id, numberId, workspaceId, startedAt, monthlyPrice, trialEndsAt, null, null, null);
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    /** A trial that has not been converted. */
    public boolean isUnconvertedTrial() {
        return trialEndsAt != null && convertedAt == null;
    }

    /** Makes a trial rental a paid one: it no longer expires. */
    public Rental convert(Instant at) {
        return new Rental(id, numberId, workspaceId, startedAt, monthlyPrice, trialEndsAt, at, endedAt, releaseReason);
    }

    public Rental end(Instant at, ReleaseReason reason) {
        Objects.requireNonNull(reason, "reason");
        if (!isOpen()) {
            throw new IllegalStateException("rental " + id + " already ended");
        }
        return new Rental(id, numberId, workspaceId, startedAt, monthlyPrice, trialEndsAt, convertedAt, at, reason);
    }
}
