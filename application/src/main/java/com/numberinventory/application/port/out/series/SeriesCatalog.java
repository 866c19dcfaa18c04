package com.numberinventory.application.port.out.series;

import com.numberinventory.application.port.in.series.SeriesFilter;

import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.number.NumberStatus;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.series.SeriesStatus;
import com.numberinventory.domain.shared.CountryCode;

import java.util.Map;
import java.util.Optional;

/** Stored number series. */
public interface SeriesCatalog {

    void insert(Series series);

    /**
     * Inserts the series unless one of its provider already has its external reference (then nothing, and
     * false); a concurrent insert of the same reference waits for the other to end instead of failing.
     */
    boolean insertIfNew(Series series);

    void update(Series series);

    Optional<Series> findById(SeriesId id);

    /** The series a stored number belongs to; every number has one, so its absence is a broken invariant. */
    default Series seriesOf(PhoneNumber number) {
        return findById(number.seriesId())
                .orElseThrow(() -> new IllegalStateException("number " + number.id() + " has no series"));
    }

    /** The provider's series with that external ref. */
    Optional<Series> findByExternalRef(ProviderId providerId, String externalRef);

    /** Loads the series and locks it until the transaction ends. */
    Optional<Series> findByIdForUpdate(SeriesId id);

    Page<Series> list(SeriesFilter filter, PageRequest page);

    boolean anyActiveOf(ProviderId providerId);

    Map<NumberStatus, Long> countNumbersByStatus(SeriesId id);
}
