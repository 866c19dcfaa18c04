package com.numberinventory.application.port.out.numbers;

import com.numberinventory.application.port.in.rentals.RentalFilter;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.rental.Rental;
import com.numberinventory.domain.rental.RentalId;

import java.util.Optional;

/**
 * Reads the rental ledger. Rentals are written only through {@link PhoneNumbers#save}, with the number whose
 * events open, convert or close them; rows are never deleted.
 */
public interface Rentals {

    Optional<Rental> findById(RentalId id);

    Page<Rental> search(RentalFilter filter, PageRequest page);
}
