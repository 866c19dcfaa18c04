package com.numberinventory.application.port.in.series;

import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.series.SeriesStatus;
import com.numberinventory.domain.shared.CountryCode;

import java.util.Optional;

/** Filters of the series list; empty means any. */
public record SeriesFilter(Optional<ProviderId> providerId, Optional<CountryCode> country,
                           Optional<SeriesStatus> status) {
}
