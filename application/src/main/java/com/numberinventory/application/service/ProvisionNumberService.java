package com.numberinventory.application.service;

import com.numberinventory.application.port.in.numbers.ProvisionAnyNumberUseCase;
import com.numberinventory.application.port.in.numbers.ProvisionNumberUseCase;
import com.numberinventory.application.port.out.EventLog;
import com.numberinventory.application.port.out.PhoneNumbers;
import com.numberinventory.application.port.out.Rentals;
import com.numberinventory.application.port.out.SeriesCatalog;
import com.numberinventory.application.port.out.Transactions;
import com.numberinventory.domain.event.NumberProvisioned;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.IdSource;
import com.numberinventory.domain.shared.WorkspaceId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Provisions numbers: loads, decides and saves in one transaction, holding the number's row lock, so two
 * concurrent provisions of one number cannot both win (rule 5).
 */
public class ProvisionNumberService implements ProvisionNumberUseCase, ProvisionAnyNumberUseCase {

    private final PhoneNumbers numbers;
    private final SeriesCatalog catalog;
    private final Rentals rentals;
    private final EventLog events;
    private final Transactions transactions;
    private final Clock clock;
    private final IdSource ids;

    public ProvisionNumberService(PhoneNumbers numbers, SeriesCatalog catalog, Rentals rentals, EventLog events,
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
    public PhoneNumber provision(ProvisionNumberCommand command) {
        return transactions.inTransaction(() -> {
            PhoneNumber number = numbers.findByIdForUpdate(command.numberId())
                    .orElseThrow(() -> NumberQueryService.notFound(command.numberId()));
            return provisionLocked(number, command.workspaceId(), command.trialDays(), clock.instant());
        });
    }

    @Override
    public PhoneNumber provisionAny(ProvisionAnyNumberCommand command) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            NumberId picked = numbers.lockAnyProvisionable(command.criteria(), now)
                    .orElseThrow(() -> new DomainException(ErrorCode.NONE_AVAILABLE,
                            "no available number matches the criteria"));
            PhoneNumber number = numbers.findByIdForUpdate(picked)
                    .orElseThrow(() -> NumberQueryService.notFound(picked));
            return provisionLocked(number, command.workspaceId(), command.trialDays(), now);
        });
    }

    private PhoneNumber provisionLocked(PhoneNumber number, WorkspaceId workspace, Optional<Integer> trialDays,
                                        Instant now) {
        Series series = catalog.findById(number.seriesId())
                .orElseThrow(() -> new IllegalStateException("number " + number.id() + " has no series"));
        NumberProvisioned event = number.provision(workspace, series, trialDays.map(Duration::ofDays), ids, now);
        rentals.insert(number.openRental().orElseThrow());
        numbers.update(number);
        events.append(event);
        return number;
    }
}
