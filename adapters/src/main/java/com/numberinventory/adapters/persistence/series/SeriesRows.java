package com.numberinventory.adapters.persistence.series;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Panache access to the {@code series} rows; used by {@link JpaSeriesCatalog}, never by the core. */
@ApplicationScoped
class SeriesRows implements PanacheRepositoryBase<SeriesJpaEntity, UUID> {
}
