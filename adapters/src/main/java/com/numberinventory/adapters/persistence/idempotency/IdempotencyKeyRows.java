package com.numberinventory.adapters.persistence.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;


/** Panache access to the {@code idempotency_keys} rows; used by {@link JpaIdempotencyRecords}, never by the core. */
@ApplicationScoped
class IdempotencyKeyRows implements PanacheRepositoryBase<IdempotencyKeyJpaEntity, IdempotencyKeyJpaEntity.Id> {
}
