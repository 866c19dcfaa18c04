package com.numberinventory.application.port.out;

import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.rental.Rental;
import com.numberinventory.domain.rental.RentalId;
import com.numberinventory.domain.shared.WorkspaceId;

import java.time.Instant;
import java.util.Optional;

/** The rental ledger. Rows are added, converted and ended, never deleted. */
public interface Rentals {

    /**
     * Filters of the ledger; empty means any. {@code activeAt}: rentals open at that instant; {@code from} and
     * {@code to}: rentals that overlap the period [from, to).
     */
    record Filter(Optional<WorkspaceId> workspaceId, Optional<NumberId> numberId, Optional<Instant> activeAt,
                  Optional<Instant> from, Optional<Instant> to) {
    }

    void insert(Rental rental);

    /** Records the end of a rental. */
    void end(Rental ended);

    /** Records any other change (a trial converted). */
    void update(Rental rental);

    Optional<Rental> findById(RentalId id);

    Page<Rental> search(Filter filter, PageRequest page);
}
