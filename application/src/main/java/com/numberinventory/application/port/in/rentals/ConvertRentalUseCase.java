package com.numberinventory.application.port.in.rentals;

import com.numberinventory.domain.rental.RentalId;

/** Makes a trial rental a paid one. */
public interface ConvertRentalUseCase {

    RentalQueries.RentalEntry convert(RentalId id);
}
