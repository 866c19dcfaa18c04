package com.numberinventory.application.service.series;

import com.numberinventory.application.port.in.series.SeriesFilter;

import com.numberinventory.application.shared.NotFound;

import com.numberinventory.application.port.in.series.ChangeSeriesStatusUseCase;
import com.numberinventory.application.port.in.series.CreateSeriesUseCase;
import com.numberinventory.application.port.in.series.SeriesQueries;
import com.numberinventory.application.port.in.series.UpdateSeriesUseCase;
import com.numberinventory.application.port.out.numbers.EventLog;
import com.numberinventory.application.port.out.providers.Providers;
import com.numberinventory.application.port.out.series.SeriesCatalog;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.event.DomainEvent;
import com.numberinventory.domain.series.QuarantinePeriod;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.IdSource;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Renames, reprices and re-times a series, and activates or deactivates it with its event. */
public record ChangeSeriesService(SeriesCatalog catalog, EventLog events, Transactions transactions, Clock clock,
                                  IdSource ids)
        implements UpdateSeriesUseCase, ChangeSeriesStatusUseCase {

    @Override
    public Series update(UpdateSeriesCommand command) {
        return transactions.inTransaction(() -> {
            Series series = catalog.findByIdForUpdate(command.id()).orElseThrow(() -> NotFound.series(command.id()));
            Instant now = clock.instant();
            command.name().ifSet(name -> series.rename(name.orElse(null), now));
            command.monthlyPrice().ifSet(price -> series.reprice(price.orElse(null), now));
            command.capabilities().ifSet(caps -> series.changeCapabilities(caps.orElseThrow(
                    () -> DomainException.invalidField("capabilities", "must not be null")), now));
            command.quarantinePeriod().ifSet(period -> series.changeQuarantinePeriod(period.orElseThrow(
                    () -> DomainException.invalidField("quarantine_period", "must not be null")), now));
            catalog.update(series);
            return series;
        });
    }

    @Override
    public Series activate(SeriesId id) {
        return transactions.inTransaction(() -> {
            Series series = catalog.findByIdForUpdate(id).orElseThrow(() -> NotFound.series(id));
            Optional<DomainEvent> event = series.activate(ids.next(), clock.instant());
            event.ifPresent(e -> {
                catalog.update(series);
                events.append(e);
            });
            return series;
        });
    }

    @Override
    public Series deactivate(SeriesId id) {
        return transactions.inTransaction(() -> {
            Series series = catalog.findByIdForUpdate(id).orElseThrow(() -> NotFound.series(id));
            Optional<DomainEvent> event = series.deactivate(ids.next(), clock.instant());
            event.ifPresent(e -> {
                catalog.update(series);
                events.append(e);
            });
            return series;
        });
    }
}
