package com.numberinventory.adapters.persistence.series;

import com.numberinventory.domain.number.Capabilities;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.series.QuarantinePeriod;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.series.SeriesStatus;
import com.numberinventory.domain.shared.CountryCode;
import com.numberinventory.domain.shared.Money;

import java.time.Duration;

final class SeriesMapper {

    private SeriesMapper() {
    }

    static Series toDomain(SeriesJpaEntity e) {
        Money price = e.priceAmountMinor == null ? null : new Money(e.priceAmountMinor, e.priceCurrency);
        return new Series(new SeriesId(e.id), new ProviderId(e.providerId), e.name, new CountryCode(e.countryCode),
                Capabilities.fromBits(e.capabilities), price, e.externalRef,
                new QuarantinePeriod(Duration.ofSeconds(e.quarantinePeriodSeconds)),
                SeriesStatus.fromWire(e.status).orElseThrow(), e.createdAt, e.updatedAt);
    }

    static SeriesJpaEntity copy(Series s, SeriesJpaEntity e) {
        e.id = s.id().value();
        e.providerId = s.providerId().value();
        e.name = s.name();
        e.countryCode = s.country().value();
        e.capabilities = s.capabilities().bits();
        e.priceAmountMinor = s.monthlyPrice().map(Money::amountMinor).orElse(null);
        e.priceCurrency = s.monthlyPrice().map(Money::currency).orElse(null);
        e.externalRef = s.externalRef().orElse(null);
        e.quarantinePeriodSeconds = s.quarantinePeriod().duration().toSeconds();
        e.status = s.status().wireName();
        e.createdAt = s.createdAt();
        e.updatedAt = s.updatedAt();
        return e;
    }
}
