package com.numberinventory.bootstrap.wiring;

import com.numberinventory.bootstrap.config.NumbersConfig;
import com.numberinventory.application.port.out.numbers.EventLog;
import com.numberinventory.application.port.out.numbers.NumberReads;
import com.numberinventory.application.port.out.numbers.PhoneNumbers;
import com.numberinventory.application.port.out.providers.Providers;
import com.numberinventory.application.port.out.series.SeriesCatalog;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.application.service.numbers.ChangeNumberStateService;
import com.numberinventory.application.service.numbers.ImportCapacity;
import com.numberinventory.application.service.numbers.ImportNumbersService;
import com.numberinventory.application.service.numbers.NumberChanges;
import com.numberinventory.application.service.numbers.ReserveNumberService;
import com.numberinventory.application.service.numbers.NumberQueryService;
import com.numberinventory.application.service.providers.ProviderService;
import com.numberinventory.application.service.numbers.ProvisionNumberService;
import com.numberinventory.application.service.numbers.ReleaseNumberService;
import com.numberinventory.application.service.numbers.TransferNumberService;
import com.numberinventory.application.service.series.ChangeSeriesService;
import com.numberinventory.application.service.series.CreateSeriesService;
import com.numberinventory.application.service.series.SeriesQueryService;
import com.numberinventory.domain.series.QuarantinePeriod;
import com.numberinventory.domain.shared.IdSource;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

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
    QuarantinePeriod defaultQuarantine(NumbersConfig config) {
        return QuarantinePeriod.parse("numbers.quarantine.default-period", config.quarantine().defaultPeriod());
    }

    @Produces
    @Singleton
    ProviderService providerService(Providers providers, SeriesCatalog series, Transactions tx, Clock clock,
                                    IdSource ids) {
        return new ProviderService(providers, series, tx, clock, ids);
    }

    @Produces
    @Singleton
    CreateSeriesService createSeriesService(SeriesCatalog catalog, Providers providers, Transactions tx, Clock clock,
                                            IdSource ids, QuarantinePeriod defaultQuarantine) {
        return new CreateSeriesService(catalog, providers, tx, clock, ids, defaultQuarantine);
    }

    @Produces
    @Singleton
    ChangeSeriesService changeSeriesService(SeriesCatalog catalog, EventLog events, Transactions tx, Clock clock,
                                            IdSource ids) {
        return new ChangeSeriesService(catalog, events, tx, clock, ids);
    }

    @Produces
    @Singleton
    SeriesQueryService seriesQueryService(SeriesCatalog catalog, Transactions tx) {
        return new SeriesQueryService(catalog, tx);
    }

    @Produces
    @Singleton
    ImportNumbersService importNumbersService(SeriesCatalog catalog, PhoneNumbers numbers, Transactions tx,
                                              Clock clock, IdSource ids, NumbersConfig config) {
        return new ImportNumbersService(catalog, numbers, tx, clock, ids,
                new ImportCapacity(config.imports().maxNumbersInFlight(), config.imports().queueTimeout()));
    }

    @Produces
    @Singleton
    NumberChanges numberChanges(PhoneNumbers numbers, Transactions tx, Clock clock) {
        return new NumberChanges(numbers, tx, clock);
    }

    @Produces
    @Singleton
    ProvisionNumberService provisionNumberService(PhoneNumbers numbers, SeriesCatalog catalog,
                                                  NumberChanges changes, Transactions tx, Clock clock,
                                                  IdSource ids) {
        return new ProvisionNumberService(numbers, catalog, changes, tx, clock, ids);
    }

    @Produces
    @Singleton
    ReleaseNumberService releaseNumberService(SeriesCatalog catalog, NumberChanges changes, IdSource ids) {
        return new ReleaseNumberService(catalog, changes, ids);
    }

    @Produces
    @Singleton
    TransferNumberService transferNumberService(SeriesCatalog catalog, NumberChanges changes, IdSource ids) {
        return new TransferNumberService(catalog, changes, ids);
    }

    @Produces
    @Singleton
    ReserveNumberService reserveNumberService(NumberChanges changes, IdSource ids) {
        return new ReserveNumberService(changes, ids);
    }

    @Produces
    @Singleton
    ChangeNumberStateService changeNumberStateService(NumberChanges changes, IdSource ids) {
        return new ChangeNumberStateService(changes, ids);
    }

    @Produces
    @Singleton
    NumberQueryService numberQueryService(PhoneNumbers numbers, NumberReads reads, EventLog events,
                                          Transactions tx) {
        return new NumberQueryService(numbers, reads, events, tx);
    }
}
