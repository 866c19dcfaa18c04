package com.numberinventory.bootstrap.wiring;

import com.numberinventory.application.port.out.EventLog;
import com.numberinventory.application.port.out.PhoneNumbers;
import com.numberinventory.application.port.out.Providers;
import com.numberinventory.application.port.out.Rentals;
import com.numberinventory.application.port.out.SeriesCatalog;
import com.numberinventory.application.port.out.Transactions;
import com.numberinventory.application.service.ImportNumbersService;
import com.numberinventory.application.service.NumberQueryService;
import com.numberinventory.application.service.ProviderService;
import com.numberinventory.application.service.ProvisionNumberService;
import com.numberinventory.application.service.ReleaseNumberService;
import com.numberinventory.application.service.SeriesService;
import com.numberinventory.domain.series.QuarantinePeriod;
import com.numberinventory.domain.shared.IdSource;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;

/**
 * Builds the plain application services and hands them the adapters as out-ports. The core is never scanned:
 * every service is made here, explicitly.
 */
public class ApplicationWiring {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.tickMillis(java.time.ZoneOffset.UTC);
    }

    @Produces
    @Singleton
    IdSource ids(Clock clock) {
        return IdSource.uuidV7(clock);
    }

    @Produces
    @Singleton
    QuarantinePeriod defaultQuarantine(
            @ConfigProperty(name = "numbers.quarantine.default-period", defaultValue = "P30D") String period) {
        return QuarantinePeriod.parse("numbers.quarantine.default-period", period);
    }

    @Produces
    @Singleton
    ProviderService providerService(Providers providers, SeriesCatalog series, Transactions tx, Clock clock,
                                    IdSource ids) {
        return new ProviderService(providers, series, tx, clock, ids);
    }

    @Produces
    @Singleton
    SeriesService seriesService(SeriesCatalog catalog, Providers providers, EventLog events, Transactions tx,
                                Clock clock, IdSource ids, QuarantinePeriod defaultQuarantine) {
        return new SeriesService(catalog, providers, events, tx, clock, ids, defaultQuarantine);
    }

    @Produces
    @Singleton
    ImportNumbersService importNumbersService(SeriesCatalog catalog, PhoneNumbers numbers, EventLog events,
                                              Transactions tx, Clock clock, IdSource ids) {
        return new ImportNumbersService(catalog, numbers, events, tx, clock, ids);
    }

    @Produces
    @Singleton
    ProvisionNumberService provisionNumberService(PhoneNumbers numbers, SeriesCatalog catalog, Rentals rentals,
                                                  EventLog events, Transactions tx, Clock clock, IdSource ids) {
        return new ProvisionNumberService(numbers, catalog, rentals, events, tx, clock, ids);
    }

    @Produces
    @Singleton
    ReleaseNumberService releaseNumberService(PhoneNumbers numbers, SeriesCatalog catalog, Rentals rentals,
                                              EventLog events, Transactions tx, Clock clock, IdSource ids) {
        return new ReleaseNumberService(numbers, catalog, rentals, events, tx, clock, ids);
    }

    @Produces
    @Singleton
    NumberQueryService numberQueryService(PhoneNumbers numbers, EventLog events, Transactions tx) {
        return new NumberQueryService(numbers, events, tx);
    }
}
