package com.numberinventory.adapters.persistence.providers;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Panache access to the {@code provider_events} rows; used by {@link JpaProviderDeliveries}, never by the core. */
@ApplicationScoped
class ProviderEventRows implements PanacheRepositoryBase<ProviderEventJpaEntity, UUID> {
}
