package com.numberinventory.application.port.out;

import com.numberinventory.domain.rental.Rental;

/** The rental ledger. Rows are added and ended, never deleted. */
public interface Rentals {

    void insert(Rental rental);

    /** Records the end of a rental. */
    void end(Rental ended);
}
