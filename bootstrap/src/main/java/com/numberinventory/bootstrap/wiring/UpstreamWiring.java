package com.numberinventory.bootstrap.wiring;

import com.numberinventory.application.port.out.numbers.UpstreamDisconnects;
import com.numberinventory.application.port.out.providers.upstream.ProviderAccounts;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.application.service.numbers.NumberChanges;
import com.numberinventory.application.service.numbers.UpstreamDisconnectService;
import com.numberinventory.application.service.providers.SearchAvailableNumbersService;
import com.numberinventory.domain.shared.IdSource;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

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
}
