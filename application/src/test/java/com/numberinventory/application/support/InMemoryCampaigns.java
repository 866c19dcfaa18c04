package com.numberinventory.application.support;

import com.numberinventory.application.port.out.providers.Campaigns;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.campaign.Campaign;
import com.numberinventory.domain.provider.ProviderId;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Campaigns in memory. */
public final class InMemoryCampaigns implements Campaigns {

    private final Map<UUID, Campaign> rows = new LinkedHashMap<>();

    @Override
    public Optional<Campaign> findForUpdate(ProviderId providerId, String campaignId) {
        return rows.values().stream()
                .filter(c -> c.providerId().equals(providerId) && c.campaignId().equals(campaignId)).findFirst();
    }

    @Override
    public void save(Campaign campaign) {
        rows.put(campaign.id(), campaign);
    }

    @Override
    public Optional<Campaign> findCampaign(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<Campaign> findByCampaignId(String campaignId) {
        return rows.values().stream().filter(c -> c.campaignId().equals(campaignId)).findFirst();
    }

    @Override
    public Page<Campaign> list(Optional<ProviderId> providerId, PageRequest page) {
        return new Page<>(rows.values().stream().filter(c -> providerId.map(c.providerId()::equals).orElse(true))
                .toList(), Optional.empty());
    }
}
