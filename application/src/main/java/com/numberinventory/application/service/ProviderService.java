package com.numberinventory.application.service;

import com.numberinventory.application.port.in.providers.ProviderQueries;
import com.numberinventory.application.port.in.providers.RegisterProviderUseCase;
import com.numberinventory.application.port.in.providers.RemoveProviderUseCase;
import com.numberinventory.application.port.out.Providers;
import com.numberinventory.application.port.out.SeriesCatalog;
import com.numberinventory.application.port.out.Transactions;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.provider.Provider;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.IdSource;

import java.time.Clock;

/** Registers, reads and removes provider accounts. */
public class ProviderService implements RegisterProviderUseCase, RemoveProviderUseCase, ProviderQueries {

    private final Providers providers;
    private final SeriesCatalog series;
    private final Transactions transactions;
    private final Clock clock;
    private final IdSource ids;

    public ProviderService(Providers providers, SeriesCatalog series, Transactions transactions, Clock clock,
                           IdSource ids) {
        this.providers = providers;
        this.series = series;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public Provider register(RegisterProviderCommand command) {
        Provider provider = new Provider(new ProviderId(ids.next()), command.name(), command.kind(),
                Provider.Status.ACTIVE, clock.instant());
        return transactions.inTransaction(() -> {
            providers.insert(provider);
            return provider;
        });
    }

    @Override
    public void remove(ProviderId id) {
        transactions.inTransaction(() -> {
            Provider provider = providers.findActiveForUpdate(id).orElseThrow(() -> notFound(id));
            if (series.anyActiveOf(id)) {
                throw new DomainException(ErrorCode.PROVIDER_HAS_ACTIVE_SERIES,
                        "provider " + id + " still has active series; deactivate them first");
            }
            providers.update(provider.remove());
            return null;
        });
    }

    @Override
    public Provider get(ProviderId id) {
        return providers.findActive(id).orElseThrow(() -> notFound(id));
    }

    @Override
    public Page<Provider> list(PageRequest page) {
        return providers.listActive(page);
    }

    static DomainException notFound(ProviderId id) {
        return new DomainException(ErrorCode.PROVIDER_NOT_FOUND, "no provider " + id);
    }
}
