package com.numberinventory.application.port.out.providers;

import com.numberinventory.application.port.in.webhooks.ProviderDelivery;

import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.provider.ProviderId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The durable log of inbound provider deliveries, unique per provider and dedupe key. */
public interface ProviderDeliveries {

    /**
     * Inserts the delivery unless one with the same provider and dedupe key exists (a concurrent insert of the
     * same key waits for the other transaction). Returns whether this call inserted it.
     */
    boolean insertIfNew(ProviderDelivery delivery);

    Optional<ProviderDelivery> findByKeyForUpdate(ProviderId providerId, String dedupeKey);

    Optional<ProviderDelivery> findDelivery(UUID id);

    Optional<ProviderDelivery> findDeliveryForUpdate(UUID id);

    void countDuplicate(UUID id);

    /** Records the outcome of applying a delivery; {@code retry} counts one more attempt. */
    void finish(UUID id, ProviderDelivery.Status status, String reason, List<ProviderDelivery.CommandResult> results,
                Instant at, boolean retry);

    /** Records a delivery whose application failed: inserts it as failed, or marks the existing row failed. */
    void recordFailure(ProviderDelivery delivery, String reason, Instant at);

    Page<ProviderDelivery> list(Optional<ProviderId> providerId, Optional<ProviderDelivery.Status> status,
                                PageRequest page);
}
