package com.numberinventory.application.port.out;

import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.number.NumberStatus;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.series.SeriesStatus;
import com.numberinventory.domain.shared.CountryCode;

import java.util.Map;
import java.util.Optional;

/** Stored number series. */
public interface SeriesCatalog {

    /** Filters of the series list; empty means any. */
    record Filter(Optional<ProviderId> providerId, Optional<CountryCode> country, Optional<SeriesStatus> status) {
    }

    void insert(Series series);

    /**
     * Inserts the series unless one of its provider already has its external reference (then nothing, and
     * false); a concurrent insert of the same reference waits for the other to end instead of failing.
     */
    boolean insertIfNew(Series series);

    void update(Series series);

    Optional<Series> findById(SeriesId id);

    /** The provider's series with that external ref (issue 3). */
    Optional<Series> findByExternalRef(ProviderId providerId, String externalRef);

    /** Loads the series and locks it until the transaction ends. */
    Optional<Series> findByIdForUpdate(SeriesId id);

    Page<Series> list(Filter filter, PageRequest page);

    boolean anyActiveOf(ProviderId providerId);

    Map<NumberStatus, Long> countNumbersByStatus(SeriesId id);
}
