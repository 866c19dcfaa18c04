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

/** Opens a new series for an active provider: inactive until an operator activates it. */
public record CreateSeriesService(SeriesCatalog catalog, Providers providers, Transactions transactions, Clock clock,
                                  IdSource ids, QuarantinePeriod defaultQuarantine)
        implements CreateSeriesUseCase {

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
}
