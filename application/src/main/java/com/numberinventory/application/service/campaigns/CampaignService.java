package com.numberinventory.application.service.campaigns;

import com.numberinventory.application.port.in.campaigns.CampaignQueries;
import com.numberinventory.application.port.in.webhooks.ProviderCommand;
import com.numberinventory.application.port.in.webhooks.ProviderDelivery.CommandResult;
import com.numberinventory.application.port.out.providers.Campaigns;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.campaign.Campaign;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.IdSource;
import com.numberinventory.domain.shared.Uuids;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Zipwhip 10DLC campaigns: kept up to date from the provider's campaign events, and read by operators. */
public record CampaignService(Campaigns campaigns, IdSource ids) implements CampaignQueries {

    /** Creates or updates the campaign; fields the event leaves empty keep their stored value. */
    public CommandResult update(ProviderId providerId, ProviderCommand.UpdateCampaign c, Instant now) {
        Optional<Campaign> existing = campaigns.findForUpdate(providerId, c.campaignId());
        Campaign.Status status = switch (c.change()) {
            case ACTIVATED -> Campaign.Status.ACTIVE;
            case EXPIRED -> Campaign.Status.EXPIRED;
            case UNELECTED -> Campaign.Status.UNELECTED;
            case POOL_SET, POOL_REMOVED -> existing.map(Campaign::status).orElse(Campaign.Status.ACTIVE);
        };
        String pool = c.change() == ProviderCommand.CampaignChange.POOL_REMOVED ? null
                : c.numberPoolSubId().orElse(existing.map(Campaign::numberPoolSubId).orElse(null));
        Campaign updated = new Campaign(existing.map(Campaign::id).orElseGet(ids::next), providerId, c.campaignId(),
                status, c.brandId().orElse(existing.map(Campaign::brandId).orElse(null)),
                c.mnoIds().isEmpty() ? existing.map(Campaign::mnoIds).orElse(List.of()) : c.mnoIds(), pool,
                c.statusCode(), c.description().orElse(null),
                c.eventDate().orElse(existing.map(Campaign::eventDate).orElse(null)),
                existing.map(Campaign::createdAt).orElse(now), now);
        campaigns.save(updated);
        return CommandResult.applied(c.subject(), "campaign " + c.campaignId() + " is "
                + status.wireName() + (pool == null ? ", no number pool" : ", number pool " + pool));
    }

    @Override
    public Campaign get(String idOrCampaignId) {
        return Uuids.tryParse(idOrCampaignId).flatMap(campaigns::findCampaign)
                .or(() -> campaigns.findByCampaignId(idOrCampaignId))
                .orElseThrow(() -> new DomainException(ErrorCode.CAMPAIGN_NOT_FOUND,
                        "no campaign " + idOrCampaignId));
    }

    @Override
    public Page<Campaign> list(Optional<ProviderId> providerId, PageRequest page) {
        return campaigns.list(providerId, page);
    }
}
