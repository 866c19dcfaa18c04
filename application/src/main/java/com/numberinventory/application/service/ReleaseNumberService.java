package com.numberinventory.application.service;

import com.numberinventory.application.port.in.numbers.ReleaseNumberUseCase;
import com.numberinventory.application.port.out.EventLog;
import com.numberinventory.application.port.out.PhoneNumbers;
import com.numberinventory.application.port.out.Rentals;
import com.numberinventory.application.port.out.SeriesCatalog;
import com.numberinventory.application.port.out.Transactions;
import com.numberinventory.domain.event.NumberReleased;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.shared.IdSource;

import java.time.Clock;

/** Ends rentals: the rental closes with its reason and the number goes to quarantine (or back to available). */
public class ReleaseNumberService implements ReleaseNumberUseCase {

    private final PhoneNumbers numbers;
    private final SeriesCatalog catalog;
    private final Rentals rentals;
    private final EventLog events;
    private final Transactions transactions;
    private final Clock clock;
    private final IdSource ids;

    public ReleaseNumberService(PhoneNumbers numbers, SeriesCatalog catalog, Rentals rentals, EventLog events,
                                Transactions transactions, Clock clock, IdSource ids) {
        this.numbers = numbers;
        this.catalog = catalog;
        this.rentals = rentals;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public PhoneNumber release(ReleaseNumberCommand command) {
        return transactions.inTransaction(() -> {
            PhoneNumber number = numbers.findByIdForUpdate(command.numberId())
                    .orElseThrow(() -> NumberQueryService.notFound(command.numberId()));
            Series series = catalog.findById(number.seriesId())
                    .orElseThrow(() -> new IllegalStateException("number " + number.id() + " has no series"));
            NumberReleased event = number.release(command.reason(), command.holder(), series, ids, clock.instant());
            rentals.end(number.lastEndedRental().orElseThrow());
            numbers.update(number);
            events.append(event);
            return number;
        });
    }
}
