package com.numberinventory.application.service.lifecycle;

import com.numberinventory.application.port.in.lifecycle.RunDueTransitionsUseCase;
import com.numberinventory.application.port.out.numbers.PhoneNumbers;
import com.numberinventory.application.port.out.series.SeriesCatalog;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.domain.event.NumberEvent;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.shared.IdSource;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Runs the time-driven transitions in batches. Each batch is one transaction that locks its due rows with
 * {@code SKIP LOCKED}: runners on several instances take disjoint rows, and the domain re-checks each row under
 * its lock, so no transition happens twice and none is missed (a row skipped now is due again next run).
 */
public record DueTransitionsService(PhoneNumbers numbers, SeriesCatalog catalog, Transactions transactions, Clock clock,
                                    IdSource ids, int batchSize) implements RunDueTransitionsUseCase {

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
            Batch batch = transactions.inTransaction(() -> {
                List<PhoneNumber> locked = numbers.lockDue(due, now, batchSize);
                int changed = 0;
                for (PhoneNumber number : locked) {
                    Optional<? extends NumberEvent> event = decide(due, number, now);
                    if (event.isPresent()) {
                        numbers.save(number, List.of(event.get()));
                        changed++;
                    }
                }
                return new Batch(locked.size(), changed);
            });
            total += batch.changed();
            if (batch.locked() < batchSize) {
                return total;
            }
        }
    }

    private record Batch(int locked, int changed) {
    }

    private Optional<? extends NumberEvent> decide(PhoneNumbers.Due due, PhoneNumber number, Instant now) {
        return switch (due) {
            case RESERVATION_EXPIRY -> number.expireReservation(ids, now);
            case QUARANTINE_END -> number.endQuarantine(ids, now);
            case TRIAL_EXPIRY -> number.expireTrial(catalog.seriesOf(number), ids, now);
        };
    }
}
