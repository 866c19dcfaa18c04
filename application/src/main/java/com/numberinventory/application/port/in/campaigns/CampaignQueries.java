package com.numberinventory.application.port.in.campaigns;

import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.campaign.Campaign;
import com.numberinventory.domain.provider.ProviderId;

import java.util.Optional;

/** Reads Zipwhip campaigns. */
public interface CampaignQueries {

    /** By our id or by the provider's campaign id; 404 {@code campaigns.not_found} otherwise. */
    Campaign get(String idOrCampaignId);

    Page<Campaign> list(Optional<ProviderId> providerId, PageRequest page);
}
