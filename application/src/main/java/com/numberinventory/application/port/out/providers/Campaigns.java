package com.numberinventory.application.port.out.providers;

import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.campaign.Campaign;
import com.numberinventory.domain.provider.ProviderId;

import java.util.Optional;
import java.util.UUID;

/** Stored Zipwhip campaigns. */
public interface Campaigns {

    Optional<Campaign> findForUpdate(ProviderId providerId, String campaignId);

    void save(Campaign campaign);

    Optional<Campaign> findCampaign(UUID id);

    Optional<Campaign> findByCampaignId(String campaignId);

    Page<Campaign> list(Optional<ProviderId> providerId, PageRequest page);
}
