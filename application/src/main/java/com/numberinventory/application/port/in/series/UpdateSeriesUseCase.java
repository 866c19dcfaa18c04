package com.numberinventory.application.port.in.series;

import com.numberinventory.application.shared.Patch;
import com.numberinventory.domain.number.Capabilities;
import com.numberinventory.domain.series.QuarantinePeriod;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.shared.Money;

/** Changes a series' name, price, capabilities or quarantine period. */
public interface UpdateSeriesUseCase {

    record UpdateSeriesCommand(SeriesId id, Patch<String> name, Patch<Money> monthlyPrice,
                               Patch<Capabilities> capabilities, Patch<QuarantinePeriod> quarantinePeriod) {
    }

    Series update(UpdateSeriesCommand command);
}
