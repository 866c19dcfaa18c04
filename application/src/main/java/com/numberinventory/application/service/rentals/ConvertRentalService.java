package com.numberinventory.application.service.rentals;

import com.numberinventory.application.port.in.rentals.ConvertRentalUseCase;
import com.numberinventory.application.port.in.rentals.RentalQueries;
import com.numberinventory.application.port.out.numbers.Rentals;
import com.numberinventory.application.service.numbers.NumberChanges;
import com.numberinventory.application.shared.NotFound;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.rental.Rental;
import com.numberinventory.domain.rental.RentalId;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.IdSource;

import java.util.Optional;

/** Makes a trial rental a paid one, through its number: the number holds the open rental and saves it. */
public record ConvertRentalService(Rentals rentals, NumberChanges changes, IdSource ids)
        implements ConvertRentalUseCase {

    @Override
    public RentalQueries.RentalEntry convert(RentalId id) {
        Rental rental = rentals.findById(id).orElseThrow(() -> NotFound.rental(id));
        if (!rental.isOpen()) {
            throw ended(id);
        }
        PhoneNumber number = changes.apply(rental.numberId(), (locked, now) -> {
            // Re-checked under the lock: the rental may have ended since it was read.
            locked.openRental().filter(open -> open.id().equals(id)).orElseThrow(() -> ended(id));
            return Optional.of(locked.convertTrial(ids, now));
        });
        return new RentalQueries.RentalEntry(number.openRental().orElseThrow(), number.e164(),
                rentals.recordedBy(java.util.List.of(id)).get(id));
    }

    private static DomainException ended(RentalId id) {
        return new DomainException(ErrorCode.RENTAL_ENDED, "rental " + id + " has ended");
    }
}
