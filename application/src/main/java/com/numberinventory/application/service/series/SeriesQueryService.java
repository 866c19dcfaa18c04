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

/** Reads series, with how many of their numbers are in each status. */
public record SeriesQueryService(SeriesCatalog catalog, Transactions transactions) implements SeriesQueries {

    @Override
    public SeriesWithCounts get(SeriesId id) {
        return transactions.inTransaction(() -> {
            Series series = catalog.findById(id).orElseThrow(() -> NotFound.series(id));
            return new SeriesWithCounts(series, catalog.countNumbersByStatus(id));
        });
    }

    @Override
    public Page<Series> list(SeriesFilter filter, PageRequest page) {
        return catalog.list(filter, page);
    }
}
