package com.numberinventory.adapters.persistence.events;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Panache access to the {@code domain_events} rows; used by {@link JpaEventLog}, never by the core. */
@ApplicationScoped
class DomainEventRows implements PanacheRepositoryBase<DomainEventJpaEntity, UUID> {
}
