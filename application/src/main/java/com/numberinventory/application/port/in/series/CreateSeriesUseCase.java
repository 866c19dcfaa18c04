package com.numberinventory.application.port.in.series;

import com.numberinventory.domain.number.Capabilities;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.series.QuarantinePeriod;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.shared.CountryCode;
import com.numberinventory.domain.shared.Money;

import java.util.Objects;
import java.util.Optional;

/** Creates a series (inactive) under a provider. */
public interface CreateSeriesUseCase {

    record CreateSeriesCommand(ProviderId providerId, String name, CountryCode country, Capabilities capabilities,
                               Optional<Money> monthlyPrice, Optional<String> externalRef,
                               Optional<QuarantinePeriod> quarantinePeriod) {
        public CreateSeriesCommand {
            Objects.requireNonNull(providerId, "providerId");
            Objects.requireNonNull(country, "country");
            Objects.requireNonNull(capabilities, "capabilities");
        }
    }

    Series create(CreateSeriesCommand command);
}
