package com.numberinventory.application.service.series;

import com.numberinventory.application.shared.NotFound;

import com.numberinventory.application.port.in.series.ChangeSeriesStatusUseCase;
import com.numberinventory.application.port.in.series.UpdateSeriesUseCase;
import com.numberinventory.application.port.out.numbers.EventLog;
import com.numberinventory.application.port.out.series.SeriesCatalog;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.domain.event.DomainEvent;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.IdSource;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/** Renames, reprices and re-times a series, and activates or deactivates it with its event. */
public record ChangeSeriesService(SeriesCatalog catalog, EventLog events, Transactions transactions, Clock clock,
                                  IdSource ids)
        implements UpdateSeriesUseCase, ChangeSeriesStatusUseCase {

    @Override
    public Series update(UpdateSeriesCommand command) {
        return transactions.inTransaction(() -> {
            Series series = lock(command.id());
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
        return changeStatus(id, series -> series.activate(ids.next(), clock.instant()));
    }

    @Override
    public Series deactivate(SeriesId id) {
        return changeStatus(id, series -> series.deactivate(ids.next(), clock.instant()));
    }

    /** Locks the series and applies the change; a change that produced an event is saved with it. */
    private Series changeStatus(SeriesId id, Function<Series, Optional<DomainEvent>> change) {
        return transactions.inTransaction(() -> {
            Series series = lock(id);
            change.apply(series).ifPresent(e -> {
                catalog.update(series);
                events.append(e);
            });
            return series;
        });
    }

    private Series lock(SeriesId id) {
        return catalog.findByIdForUpdate(id).orElseThrow(() -> NotFound.series(id));
    }
}
