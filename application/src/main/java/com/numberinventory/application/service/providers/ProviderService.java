package com.numberinventory.application.service.providers;

import com.numberinventory.application.shared.NotFound;

import com.numberinventory.application.port.in.providers.ProviderQueries;
import com.numberinventory.application.port.in.providers.RegisterProviderUseCase;
import com.numberinventory.application.port.in.providers.RemoveProviderUseCase;
import com.numberinventory.application.port.out.providers.Providers;
import com.numberinventory.application.port.out.series.SeriesCatalog;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.provider.Provider;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.IdSource;

import java.time.Clock;

/** Registers, reads and removes provider accounts. */
public record ProviderService(Providers providers, SeriesCatalog series, Transactions transactions, Clock clock,
                              IdSource ids) implements RegisterProviderUseCase, RemoveProviderUseCase, ProviderQueries {

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
            Provider provider = providers.findActiveForUpdate(id).orElseThrow(() -> NotFound.provider(id));
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
        return providers.findActive(id).orElseThrow(() -> NotFound.provider(id));
    }

    @Override
    public Page<Provider> list(PageRequest page) {
        return providers.listActive(page);
    }

}
