package com.numberinventory.application.service.rentals;

import com.numberinventory.application.port.in.rentals.RentalFilter;

import com.numberinventory.application.shared.NotFound;

import com.numberinventory.application.port.in.rentals.RentalQueries;
import com.numberinventory.application.port.out.numbers.PhoneNumbers;
import com.numberinventory.application.port.out.numbers.Rentals;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.rental.Rental;
import com.numberinventory.domain.rental.RentalId;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;

import java.util.Map;

/** Reads the rental ledger. */
public record RentalQueryService(Rentals rentals, PhoneNumbers numbers, Transactions transactions)
        implements RentalQueries {

    @Override
    public RentalEntry get(RentalId id) {
        return transactions.inTransaction(() -> {
            Rental rental = rentals.findById(id).orElseThrow(() -> NotFound.rental(id));
            E164 e164 = numbers.e164Of(java.util.List.of(rental.numberId())).get(rental.numberId());
            return new RentalEntry(rental, e164, rentals.recordedBy(java.util.List.of(id)).get(id));
        });
    }

    @Override
    public Page<RentalEntry> search(RentalFilter filter, PageRequest page) {
        return transactions.inTransaction(() -> {
            Page<Rental> found = rentals.search(filter, page);
            Map<NumberId, E164> e164 = numbers.e164Of(found.items().stream().map(Rental::numberId).toList());
            Map<RentalId, Rentals.RecordedBy> by = rentals.recordedBy(found.items().stream().map(Rental::id).toList());
            return found.map(r -> new RentalEntry(r, e164.get(r.numberId()), by.get(r.id())));
        });
    }

}
