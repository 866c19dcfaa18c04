package com.numberinventory.bootstrap.wiring;

import com.numberinventory.application.port.out.numbers.UpstreamDisconnects;
import com.numberinventory.application.port.out.providers.upstream.ProviderAccounts;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.application.service.numbers.NumberChanges;
import com.numberinventory.application.service.numbers.UpstreamDisconnectService;
import com.numberinventory.application.service.providers.SearchAvailableNumbersService;
import com.numberinventory.domain.shared.IdSource;
import com.numberinventory.application.port.out.numbers.EventLog;
import com.numberinventory.application.port.out.numbers.PhoneNumbers;
import com.numberinventory.application.port.out.orders.NumberOrders;
import com.numberinventory.application.port.out.series.SeriesCatalog;
import com.numberinventory.application.service.orders.OrderService;
import com.numberinventory.application.service.orders.OrderSettlement;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The services that call the providers' own number APIs (adapters in {@code adapters/upstream/<provider>/}, found
 * through {@link ProviderNumberApi.Registry}).
 */
public class UpstreamWiring {

    @Produces
    @Singleton
    SearchAvailableNumbersService searchAvailableNumbersService(ProviderAccounts accounts,
                                                                ProviderNumberApi.Registry apis, Transactions tx) {
        return new SearchAvailableNumbersService(accounts, apis, tx);
    }

    @Produces
    @Singleton
    UpstreamDisconnectService upstreamDisconnectService(NumberChanges changes, UpstreamDisconnects disconnects,
                                                        ProviderAccounts accounts, ProviderNumberApi.Registry apis,
                                                        Transactions tx, IdSource ids) {
        return new UpstreamDisconnectService(changes, disconnects, accounts, apis, tx, ids);
    }

    @Produces
    @Singleton
    OrderSettlement orderSettlement(NumberOrders orders, PhoneNumbers numbers, SeriesCatalog catalog,
                                    EventLog events, IdSource ids) {
        return new OrderSettlement(orders, numbers, catalog, events, ids);
    }

    @Produces
    @Singleton
    OrderService orderService(NumberOrders orders, OrderSettlement settlement, ProviderAccounts accounts,
                              ProviderNumberApi.Registry apis, Transactions tx, Clock clock) {
        return new OrderService(orders, settlement, accounts, apis, tx, clock);
    }

    @Produces
    @Singleton
    com.numberinventory.application.service.providers.ReconciliationService reconciliationService(
            com.numberinventory.application.port.out.providers.Reconciliations reconciliations,
            ProviderAccounts accounts, ProviderNumberApi.Registry apis,
            com.numberinventory.application.service.providers.ProviderNumberService numbers, Transactions tx,
            Clock clock) {
        return new com.numberinventory.application.service.providers.ReconciliationService(reconciliations,
                accounts, apis, numbers, tx, clock);
    }

    @Produces
    @Singleton
    com.numberinventory.application.service.providers.ReconciliationSchedule reconciliationSchedule(
            com.numberinventory.application.port.out.providers.Providers providers,
            com.numberinventory.application.port.in.providers.ReconcileUseCase reconcile, Transactions tx) {
        return new com.numberinventory.application.service.providers.ReconciliationSchedule(providers, reconcile,
                tx);
    }
}
