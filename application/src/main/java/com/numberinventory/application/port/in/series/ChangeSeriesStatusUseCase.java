package com.numberinventory.application.port.in.series;

import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.series.SeriesId;

/** Opens or closes a series for provisioning. */
public interface ChangeSeriesStatusUseCase {

    Series activate(SeriesId id);

    Series deactivate(SeriesId id);
}
