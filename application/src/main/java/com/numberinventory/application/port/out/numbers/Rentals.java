package com.numberinventory.application.port.out.numbers;

import com.numberinventory.application.port.in.rentals.RentalFilter;
import com.numberinventory.application.port.out.shared.CurrentActor;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.rental.Rental;
import com.numberinventory.domain.rental.RentalId;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the rental ledger. Rentals are written only through {@link PhoneNumbers#save}, with the number whose
 * events open, convert or close them; rows are never deleted.
 */
public interface Rentals {

    Optional<Rental> findById(RentalId id);

    Page<Rental> search(RentalFilter filter, PageRequest page);

    /**
     * Who opened and who closed each of these rentals, as recorded when the number's save opened or closed it;
     * a rental missing from the answer (or a null part) was opened or closed before this was recorded.
     */
    default Map<RentalId, RecordedBy> recordedBy(Collection<RentalId> ids) {
        return Map.of();
    }

    /** Who opened a rental and who closed it (null while open); either null on rentals from before. */
    record RecordedBy(CurrentActor.Actor openedBy, CurrentActor.Actor closedBy) {

        public static final RecordedBy UNKNOWN = new RecordedBy(null, null);
    }
}
