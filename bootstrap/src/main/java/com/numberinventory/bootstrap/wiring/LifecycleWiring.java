package com.numberinventory.bootstrap.wiring;

import com.numberinventory.bootstrap.config.NumbersConfig;
import com.numberinventory.application.port.out.idempotency.IdempotencyRecords;
import com.numberinventory.application.port.out.numbers.PhoneNumbers;
import com.numberinventory.application.port.out.numbers.Rentals;
import com.numberinventory.application.port.out.series.SeriesCatalog;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.application.service.lifecycle.DueTransitionsService;
import com.numberinventory.application.service.idempotency.IdempotencyService;
import com.numberinventory.application.service.numbers.NumberChanges;
import com.numberinventory.application.service.rentals.ConvertRentalService;
import com.numberinventory.application.service.rentals.RentalQueryService;
import com.numberinventory.domain.shared.IdSource;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/** Wires the lifecycle: reservations, trials, suspension, retirement, the ledger, due transitions, idempotency. */
public class LifecycleWiring {

    @Produces
    @Singleton
    ConvertRentalService convertRentalService(Rentals rentals, NumberChanges changes, IdSource ids) {
        return new ConvertRentalService(rentals, changes, ids);
    }

    @Produces
    @Singleton
    RentalQueryService rentalQueryService(Rentals rentals, PhoneNumbers numbers, Transactions tx) {
        return new RentalQueryService(rentals, numbers, tx);
    }

    @Produces
    @Singleton
    DueTransitionsService dueTransitionsService(PhoneNumbers numbers, SeriesCatalog catalog, Transactions tx,
                                                Clock clock, IdSource ids, NumbersConfig config) {
        return new DueTransitionsService(numbers, catalog, tx, clock, ids, config.lifecycle().batchSize());
    }

    @Produces
    @Singleton
    IdempotencyService idempotencyService(IdempotencyRecords records, Transactions tx, Clock clock,
                                          NumbersConfig config) {
        return new IdempotencyService(records, tx, clock, config.idempotency().retention(),
                config.idempotency().inFlightTimeout());
    }
}
