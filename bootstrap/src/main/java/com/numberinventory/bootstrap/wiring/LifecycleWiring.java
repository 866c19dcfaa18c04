package com.numberinventory.bootstrap.wiring;

import com.numberinventory.application.port.out.EventLog;
import com.numberinventory.application.port.out.IdempotencyRecords;
import com.numberinventory.application.port.out.PhoneNumbers;
import com.numberinventory.application.port.out.Rentals;
import com.numberinventory.application.port.out.SeriesCatalog;
import com.numberinventory.application.port.out.Transactions;
import com.numberinventory.application.service.DueTransitionsService;
import com.numberinventory.application.service.IdempotencyService;
import com.numberinventory.application.service.NumberLifecycleService;
import com.numberinventory.application.service.RentalQueryService;
import com.numberinventory.domain.shared.IdSource;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;

/** Wires the lifecycle: reservations, trials, suspension, retirement, the ledger, due transitions, idempotency. */
public class LifecycleWiring {

    @Produces
    @Singleton
    NumberLifecycleService numberLifecycleService(PhoneNumbers numbers, Rentals rentals, EventLog events,
                                                  Transactions tx, Clock clock, IdSource ids) {
        return new NumberLifecycleService(numbers, rentals, events, tx, clock, ids);
    }

    @Produces
    @Singleton
    RentalQueryService rentalQueryService(Rentals rentals, PhoneNumbers numbers, Transactions tx) {
        return new RentalQueryService(rentals, numbers, tx);
    }

    @Produces
    @Singleton
    DueTransitionsService dueTransitionsService(PhoneNumbers numbers, SeriesCatalog catalog, Rentals rentals,
                                                EventLog events, Transactions tx, Clock clock, IdSource ids,
                                                @ConfigProperty(name = "numbers.lifecycle.batch-size", defaultValue = "500")
                                                int batchSize) {
        return new DueTransitionsService(numbers, catalog, rentals, events, tx, clock, ids, batchSize);
    }

    @Produces
    @Singleton
    IdempotencyService idempotencyService(IdempotencyRecords records, Transactions tx, Clock clock,
                                          @ConfigProperty(name = "numbers.idempotency.retention", defaultValue = "PT24H")
                                          Duration retention,
                                          @ConfigProperty(name = "numbers.idempotency.in-flight-timeout", defaultValue = "PT2M")
                                          Duration inFlightTimeout) {
        return new IdempotencyService(records, tx, clock, retention, inFlightTimeout);
    }
}
