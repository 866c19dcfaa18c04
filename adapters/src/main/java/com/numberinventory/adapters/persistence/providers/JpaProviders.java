package com.numberinventory.adapters.persistence.providers;

import com.numberinventory.adapters.persistence.shared.KeysetQuery;
import com.numberinventory.application.port.out.providers.Providers;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.provider.Provider;
import com.numberinventory.domain.provider.ProviderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

/** Providers stored in PostgreSQL. */
@ApplicationScoped
public class JpaProviders implements Providers {

    @Inject
    ProviderRows rows;

    @Override
    public void insert(Provider provider) {
        rows.persist(ProviderMapper.copy(provider, new ProviderJpaEntity()));
    }

    @Override
    public void update(Provider provider) {
        ProviderMapper.copy(provider, rows.findById(provider.id().value()));
    }

    @Override
    public Optional<Provider> findActive(ProviderId id) {
        return rows.find("id = ?1 and status = 'active'", id.value()).firstResultOptional().map(ProviderMapper::toDomain);
    }

    @Override
    public Optional<Provider> findActiveForUpdate(ProviderId id) {
        // After waiting for a concurrent removal, PostgreSQL re-checks the status of the row it locks: the
        // waiter finds no active provider and answers as for any removed one.
        return rows.find("id = ?1 and status = 'active'", id.value()).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().map(ProviderMapper::toDomain);
    }

    @Override
    public Page<Provider> listActive(PageRequest page) {
        List<ProviderJpaEntity> found = new KeysetQuery().and("status = 'active'").page(rows, page);
        return Page.of(found, page.limit(), e -> e.id).map(ProviderMapper::toDomain);
    }
}
