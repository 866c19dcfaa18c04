package com.numberinventory.application.port.in.numbers;

import com.numberinventory.domain.number.Capabilities;
import com.numberinventory.domain.number.NumberType;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.shared.CountryCode;

import java.util.Optional;

/** What "provision any" may pick from; empty means any. */
public record ProvisionCriteria(Optional<SeriesId> seriesId, Optional<CountryCode> country,
                                Optional<Capabilities> capabilities, DigitPatterns patterns,
                                Optional<NumberType> numberType) {

    public ProvisionCriteria(Optional<SeriesId> seriesId, Optional<CountryCode> country,
                             Optional<Capabilities> capabilities, DigitPatterns patterns) {
        this(seriesId, country, capabilities, patterns, Optional.empty());
    }
}
