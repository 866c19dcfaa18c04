package com.numberinventory.application.support;

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

/** Series in memory. */
public final class InMemorySeriesCatalog extends InMemoryRows<SeriesId, Series> implements SeriesCatalog {
    private String brokenRef;

    /** From now on a lookup of this external ref fails as a broken storage would: an unexpected failure. */
    public void breakLookupsOf(String externalRef) {
        this.brokenRef = externalRef;
    }

    @Override
    public void insert(Series s) {
        put(s.id(), s);
    }

    @Override
    public boolean insertIfNew(Series s) {
        if (s.externalRef().isPresent() && findByExternalRef(s.providerId(), s.externalRef().get()).isPresent()) {
            return false;
        }
        insert(s);
        return true;
    }

    @Override
    public void update(Series s) {
        put(s.id(), s);
    }

    @Override
    public Optional<Series> findById(SeriesId id) {
        return row(id);
    }

    @Override
    public Optional<Series> findByExternalRef(ProviderId providerId, String externalRef) {
        if (externalRef.equals(brokenRef)) {
            throw new IllegalStateException("storage failure");
        }
        return first(s -> s.providerId().equals(providerId) && s.externalRef().equals(Optional.of(externalRef)));
    }

    @Override
    public Optional<Series> findByIdForUpdate(SeriesId id) {
        return findById(id);
    }

    @Override
    public Page<Series> list(SeriesFilter filter, PageRequest page) {
        throw new UnsupportedOperationException("not needed by the services under test");
    }

    @Override
    public boolean anyActiveOf(ProviderId providerId) {
        return rows().anyMatch(s -> s.providerId().equals(providerId) && s.isActive());
    }

    @Override
    public Map<NumberStatus, Long> countNumbersByStatus(SeriesId id) {
        throw new UnsupportedOperationException("not needed by the services under test");
    }
}
