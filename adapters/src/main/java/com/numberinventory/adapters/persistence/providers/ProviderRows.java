package com.numberinventory.adapters.persistence.providers;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Panache access to the {@code providers} rows; used by {@link JpaProviders}, never by the core. */
@ApplicationScoped
class ProviderRows implements PanacheRepositoryBase<ProviderJpaEntity, UUID> {
}
