package com.numberinventory.domain.campaign;

import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.shared.WireNamed;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A 10DLC A2P campaign registered at Zipwhip, as its campaign webhooks last reported it. */
public record Campaign(UUID id, ProviderId providerId, String campaignId, Status status, String brandId,
                       List<Integer> mnoIds, String numberPoolSubId, Integer statusCode, String description,
                       Instant eventDate, Instant createdAt, Instant updatedAt) {

    /** Where a campaign stands: activated, expired, or unelected by the carriers. */
    public enum Status implements WireNamed {
        ACTIVE, EXPIRED, UNELECTED;
    }

    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(status, "status");
        mnoIds = mnoIds == null ? List.of() : List.copyOf(mnoIds);
    }
}
