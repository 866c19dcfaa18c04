package com.numberinventory.application.port.in.rentals;

import com.numberinventory.application.port.in.numbers.ActorRef;
import com.numberinventory.application.port.out.numbers.Rentals;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.rental.Rental;
import com.numberinventory.domain.rental.RentalId;

/** Reads the rental ledger: what a billing backend needs to charge any period. */
public interface RentalQueries {

    /** A rental with the number it rents, and who opened and closed it. */
    record RentalEntry(Rental rental, E164 e164, ActorRef openedBy, ActorRef closedBy) {

        public RentalEntry(Rental rental, E164 e164, Rentals.RecordedBy by) {
            this(rental, e164, by == null ? null : ActorRef.of(by.openedBy()),
                    by == null ? null : ActorRef.of(by.closedBy()));
        }

        public RentalEntry(Rental rental, E164 e164) {
            this(rental, e164, null, null);
        }
    }

    RentalEntry get(RentalId id);

    Page<RentalEntry> search(RentalFilter filter, PageRequest page);
}
