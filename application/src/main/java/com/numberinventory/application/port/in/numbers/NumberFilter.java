package com.numberinventory.application.port.in.numbers;

import com.numberinventory.domain.number.Capabilities;
import com.numberinventory.domain.number.NumberStatus;
import com.numberinventory.domain.number.NumberType;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.shared.CountryCode;
import com.numberinventory.domain.shared.WorkspaceId;

import java.util.Optional;

/** Filters of the number list; empty means any. */
public record NumberFilter(Optional<NumberStatus> status, Optional<SeriesId> seriesId, Optional<ProviderId> providerId,
                           Optional<WorkspaceId> workspaceId, Optional<CountryCode> country,
                           Optional<Capabilities> capabilities, DigitPatterns patterns,
                           Optional<NumberType> numberType) {

    public NumberFilter(Optional<NumberStatus> status, Optional<SeriesId> seriesId, Optional<ProviderId> providerId,
                        Optional<WorkspaceId> workspaceId, Optional<CountryCode> country,
                        Optional<Capabilities> capabilities, DigitPatterns patterns) {
        this(status, seriesId, providerId, workspaceId, country, capabilities, patterns, Optional.empty());
    }
}
