package com.numberinventory.application.service.providers;

import com.numberinventory.application.port.in.series.SeriesFilter;
import com.numberinventory.application.port.out.series.SeriesCatalog;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.number.NumberStatus;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.series.SeriesId;

import java.util.Map;
import java.util.Optional;

/** A catalog whose storage breaks on one reference: an unexpected failure in the middle of a delivery. */
final class BrokenCatalog implements SeriesCatalog {

    static final String BROKEN_REF = "breaks-the-catalog";

    private final SeriesCatalog delegate;

    BrokenCatalog(SeriesCatalog delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<Series> findByExternalRef(ProviderId providerId, String externalRef) {
        if (BROKEN_REF.equals(externalRef)) {
            throw new IllegalStateException("storage failure");
        }
        return delegate.findByExternalRef(providerId, externalRef);
    }

    @Override
    public void insert(Series series) {
        delegate.insert(series);
    }

    @Override
    public void update(Series series) {
        delegate.update(series);
    }

    @Override
    public Optional<Series> findById(SeriesId id) {
        return delegate.findById(id);
    }

    @Override
    public Optional<Series> findByIdForUpdate(SeriesId id) {
        return delegate.findByIdForUpdate(id);
    }

    @Override
    public Page<Series> list(SeriesFilter filter, PageRequest page) {
        return delegate.list(filter, page);
    }

    @Override
    public boolean anyActiveOf(ProviderId providerId) {
        return delegate.anyActiveOf(providerId);
    }

    @Override
    public Map<NumberStatus, Long> countNumbersByStatus(SeriesId id) {
        return delegate.countNumbersByStatus(id);
    }
}
