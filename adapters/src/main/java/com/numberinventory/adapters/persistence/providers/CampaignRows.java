package com.numberinventory.adapters.persistence.providers;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Panache access to the {@code campaigns} rows; used by {@link JpaCampaigns}, never by the core. */
@ApplicationScoped
class CampaignRows implements PanacheRepositoryBase<CampaignJpaEntity, UUID> {
}
