package com.numberinventory.application.support;

import com.numberinventory.application.port.out.providers.Campaigns;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.campaign.Campaign;
import com.numberinventory.domain.provider.ProviderId;

import java.util.Optional;
import java.util.UUID;

/** Campaigns in memory. */
public final class InMemoryCampaigns extends InMemoryRows<UUID, Campaign> implements Campaigns {

    @Override
    public Optional<Campaign> findForUpdate(ProviderId providerId, String campaignId) {
        return first(c -> c.providerId().equals(providerId) && c.campaignId().equals(campaignId));
    }

    @Override
    public void save(Campaign campaign) {
        put(campaign.id(), campaign);
    }

    @Override
    public Optional<Campaign> findCampaign(UUID id) {
        return row(id);
    }

    @Override
    public Optional<Campaign> findByCampaignId(String campaignId) {
        return first(c -> c.campaignId().equals(campaignId));
    }

    @Override
    public Page<Campaign> list(Optional<ProviderId> providerId, PageRequest page) {
        return new Page<>(rows().filter(c -> providerId.map(c.providerId()::equals).orElse(true))
                .toList(), Optional.empty());
    }
}
