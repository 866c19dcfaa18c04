package com.numberinventory.adapters.persistence.numbers;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Panache access to the {@code numbers} rows; used by {@link PostgresPhoneNumbers}, never by the core. */
@ApplicationScoped
public class NumberRows implements PanacheRepositoryBase<NumberJpaEntity, UUID> {
}
