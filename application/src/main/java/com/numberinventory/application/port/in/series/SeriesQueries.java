package com.numberinventory.application.port.in.series;

import com.numberinventory.application.port.out.series.SeriesCatalog;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.number.NumberStatus;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.series.SeriesId;

import java.util.Map;

/** Reads series and their counts. */
public interface SeriesQueries {

    /** A series with how many of its numbers are in each status. */
    record SeriesWithCounts(Series series, Map<NumberStatus, Long> counts) {
    }

    SeriesWithCounts get(SeriesId id);

    Page<Series> list(SeriesFilter filter, PageRequest page);
}
