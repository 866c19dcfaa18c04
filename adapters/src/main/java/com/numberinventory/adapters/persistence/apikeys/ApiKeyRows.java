package com.numberinventory.adapters.persistence.apikeys;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Panache access to the {@code api_keys} rows; used by {@link JpaApiKeys}, never by the core. */
@ApplicationScoped
class ApiKeyRows implements PanacheRepositoryBase<ApiKeyJpaEntity, UUID> {
}
