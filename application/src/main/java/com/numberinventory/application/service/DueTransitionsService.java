package com.numberinventory.application.service;

import com.numberinventory.application.port.in.lifecycle.RunDueTransitionsUseCase;
import com.numberinventory.application.port.out.EventLog;
import com.numberinventory.application.port.out.PhoneNumbers;
import com.numberinventory.application.port.out.Rentals;
import com.numberinventory.application.port.out.SeriesCatalog;
import com.numberinventory.application.port.out.Transactions;
import com.numberinventory.domain.event.DomainEvent;
import com.numberinventory.domain.event.NumberReleased;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.shared.IdSource;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the time-driven transitions in batches. Each batch is one transaction that locks its due rows with
 * {@code SKIP LOCKED}: runners on several instances take disjoint rows, and the domain re-checks each row under
 * its lock, so no transition happens twice and none is missed (a row skipped now is due again next run).
 */
public class DueTransitionsService implements RunDueTransitionsUseCase {

    private final PhoneNumbers numbers;
    private final SeriesCatalog catalog;
    private final Rentals rentals;
    private final EventLog events;
    private final Transactions transactions;
    private final Clock clock;
    private final IdSource ids;
    private final int batchSize;

    public DueTransitionsService(PhoneNumbers numbers, SeriesCatalog catalog, Rentals rentals, EventLog events,
                                 Transactions transactions, Clock clock, IdSource ids, int batchSize) {
        this.numbers = numbers;
        this.catalog = catalog;
        this.rentals = rentals;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
        this.batchSize = batchSize;
    }

    @Override
    public Report runDueTransitions() {
        Instant now = clock.instant();
        int reservations = drain(PhoneNumbers.Due.RESERVATION_EXPIRY, now);
        int trials = drain(PhoneNumbers.Due.TRIAL_EXPIRY, now);
        int quarantines = drain(PhoneNumbers.Due.QUARANTINE_END, now);
        return new Report(reservations, trials, quarantines);
    }

    private int drain(PhoneNumbers.Due due, Instant now) {
        int total = 0;
        while (true) {
            int[] locked = new int[1];
            int done = transactions.inTransaction(() -> {
                List<NumberId> batch = numbers.lockDue(due, now, batchSize);
                locked[0] = batch.size();
                List<DomainEvent> changes = new ArrayList<>();
                for (NumberId id : batch) {
                    PhoneNumber number = numbers.findByIdForUpdate(id).orElseThrow();
                    Optional<? extends DomainEvent> event = apply(due, number, now);
                    if (event.isPresent()) {
                        numbers.update(number);
                        changes.add(event.get());
                    }
                }
                events.append(changes);
                return changes.size();
            });
            total += done;
            if (locked[0] < batchSize) {
                return total;
            }
        }
    }

    private Optional<? extends DomainEvent> apply(PhoneNumbers.Due due, PhoneNumber number, Instant now) {
        return switch (due) {
            case RESERVATION_EXPIRY -> number.expireReservation(ids, now);
            case QUARANTINE_END -> number.endQuarantine(ids, now);
            case TRIAL_EXPIRY -> {
                Series series = catalog.findById(number.seriesId()).orElseThrow();
                Optional<NumberReleased> released = number.expireTrial(series, ids, now);
                released.ifPresent(r -> rentals.end(number.lastEndedRental().orElseThrow()));
                yield released;
            }
        };
    }
}
