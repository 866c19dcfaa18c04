package com.numberinventory.adapters.persistence.providers;

import com.numberinventory.adapters.persistence.shared.KeysetQuery;
import com.numberinventory.application.port.out.providers.Campaigns;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.campaign.Campaign;
import com.numberinventory.domain.provider.ProviderId;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Zipwhip campaigns in PostgreSQL. */
@ApplicationScoped
public class JpaCampaigns implements Campaigns {

    @Inject
    CampaignRows rows;

    @Override
    public Optional<Campaign> findForUpdate(ProviderId providerId, String campaignId) {
        return rows.find("providerId = ?1 and campaignId = ?2", providerId.value(), campaignId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional().map(JpaCampaigns::toDomain);
    }

    @Override
    public void save(Campaign c) {
        CampaignJpaEntity e = rows.findByIdOptional(c.id()).orElseGet(() -> {
            CampaignJpaEntity fresh = new CampaignJpaEntity();
            fresh.id = c.id();
            return fresh;
        });
        boolean isNew = e.createdAt == null;
        e.providerId = c.providerId().value();
        e.campaignId = c.campaignId();
        e.status = c.status().wireName();
        e.brandId = c.brandId();
        e.mnoIds = c.mnoIds().stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
        e.numberPoolSubId = c.numberPoolSubId();
        e.statusCode = c.statusCode();
        e.description = c.description();
        e.eventDate = c.eventDate();
        e.createdAt = c.createdAt();
        e.updatedAt = c.updatedAt();
        if (isNew) {
            rows.persist(e);
        }
    }

    @Override
    public Optional<Campaign> findCampaign(UUID id) {
        return rows.findByIdOptional(id).map(JpaCampaigns::toDomain);
    }

    @Override
    public Optional<Campaign> findByCampaignId(String campaignId) {
        return rows.find("campaignId = ?1", Sort.by("id"), campaignId).firstResultOptional().map(JpaCampaigns::toDomain);
    }

    @Override
    public Page<Campaign> list(Optional<ProviderId> providerId, PageRequest page) {
        List<CampaignJpaEntity> found = new KeysetQuery()
                .andIfPresent("providerId = :provider", "provider", providerId.map(ProviderId::value))
                .page(rows, page);
        return Page.of(found, page.limit(), e -> e.id).map(JpaCampaigns::toDomain);
    }

    private static Campaign toDomain(CampaignJpaEntity e) {
        String inner = e.mnoIds.replace("[", "").replace("]", "").strip();
        List<Integer> mno = inner.isEmpty() ? List.of()
                : Arrays.stream(inner.split(",")).map(String::strip).map(Integer::valueOf).toList();
        return new Campaign(e.id, new ProviderId(e.providerId), e.campaignId,
                Campaign.Status.valueOf(e.status.toUpperCase(Locale.ROOT)), e.brandId, mno, e.numberPoolSubId,
                e.statusCode, e.description, e.eventDate, e.createdAt, e.updatedAt);
    }
}
