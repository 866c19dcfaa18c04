package com.numberinventory.application.service;

import com.numberinventory.application.port.in.series.ChangeSeriesStatusUseCase;
import com.numberinventory.application.port.in.series.CreateSeriesUseCase;
import com.numberinventory.application.port.in.series.SeriesQueries;
import com.numberinventory.application.port.in.series.UpdateSeriesUseCase;
import com.numberinventory.application.port.out.EventLog;
import com.numberinventory.application.port.out.Providers;
import com.numberinventory.application.port.out.SeriesCatalog;
import com.numberinventory.application.port.out.Transactions;
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

/** Creates, changes and reads number series. */
public class SeriesService implements CreateSeriesUseCase, UpdateSeriesUseCase, ChangeSeriesStatusUseCase,
        SeriesQueries {

    private final SeriesCatalog catalog;
    private final Providers providers;
    private final EventLog events;
    private final Transactions transactions;
    private final Clock clock;
    private final IdSource ids;
    private final QuarantinePeriod defaultQuarantine;

    public SeriesService(SeriesCatalog catalog, Providers providers, EventLog events, Transactions transactions,
                         Clock clock, IdSource ids, QuarantinePeriod defaultQuarantine) {
        this.catalog = catalog;
        this.providers = providers;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
        this.defaultQuarantine = defaultQuarantine;
    }

    @Override
    public Series create(CreateSeriesCommand command) {
        return transactions.inTransaction(() -> {
            if (providers.findActive(command.providerId()).isEmpty()) {
                throw new DomainException(ErrorCode.PROVIDER_NOT_FOUND, "no provider " + command.providerId(),
                        java.util.List.of(new DomainException.FieldError("provider_id", "no such provider")));
            }
            Series series = Series.create(new SeriesId(ids.next()), command.providerId(), command.name(),
                    command.country(), command.capabilities(), command.monthlyPrice().orElse(null),
                    command.externalRef().orElse(null), command.quarantinePeriod().orElse(defaultQuarantine),
                    clock.instant());
            if (!catalog.insertIfNew(series)) {
                throw new DomainException(ErrorCode.SERIES_EXISTS, "provider " + command.providerId()
                        + " already has a series with external_ref " + command.externalRef().orElse(""));
            }
            return series;
        });
    }

    @Override
    public Series update(UpdateSeriesCommand command) {
        return transactions.inTransaction(() -> {
            Series series = catalog.findByIdForUpdate(command.id()).orElseThrow(() -> notFound(command.id()));
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
            Series series = catalog.findByIdForUpdate(id).orElseThrow(() -> notFound(id));
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
            Series series = catalog.findByIdForUpdate(id).orElseThrow(() -> notFound(id));
            Optional<DomainEvent> event = series.deactivate(ids.next(), clock.instant());
            event.ifPresent(e -> {
                catalog.update(series);
                events.append(e);
            });
            return series;
        });
    }

    @Override
    public SeriesWithCounts get(SeriesId id) {
        return transactions.inTransaction(() -> {
            Series series = catalog.findById(id).orElseThrow(() -> notFound(id));
            return new SeriesWithCounts(series, catalog.countNumbersByStatus(id));
        });
    }

    @Override
    public Page<Series> list(SeriesCatalog.Filter filter, PageRequest page) {
        return catalog.list(filter, page);
    }

    static DomainException notFound(SeriesId id) {
        return new DomainException(ErrorCode.SERIES_NOT_FOUND, "no series " + id);
    }
}
