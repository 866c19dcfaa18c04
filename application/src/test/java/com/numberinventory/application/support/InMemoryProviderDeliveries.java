package com.numberinventory.application.support;

import com.numberinventory.application.port.in.webhooks.ProviderDelivery;
import com.numberinventory.application.port.in.webhooks.ProviderDelivery.CommandResult;
import com.numberinventory.application.port.in.webhooks.ProviderDelivery.Status;
import com.numberinventory.application.port.out.providers.ProviderDeliveries;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.provider.ProviderId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The inbound delivery log in memory, one row per provider and dedupe key. */
public final class InMemoryProviderDeliveries extends InMemoryRows<UUID, ProviderDelivery>
        implements ProviderDeliveries {

    @Override
    public boolean insertIfNew(ProviderDelivery d) {
        if (findByKeyForUpdate(d.providerId(), d.dedupeKey()).isPresent()) {
            return false;
        }
        put(d.id(), d);
        return true;
    }

    @Override
    public Optional<ProviderDelivery> findByKeyForUpdate(ProviderId providerId, String dedupeKey) {
        return first(d -> d.providerId().equals(providerId) && d.dedupeKey().equals(dedupeKey));
    }

    @Override
    public Optional<ProviderDelivery> findDelivery(UUID id) {
        return row(id);
    }

    @Override
    public Optional<ProviderDelivery> findDeliveryForUpdate(UUID id) {
        return findDelivery(id);
    }

    @Override
    public void countDuplicate(UUID id) {
        ProviderDelivery d = row(id).orElseThrow();
        put(id, with(d, d.status(), d.reason(), d.results(), d.duplicateCount() + 1, d.attempts(),
                d.processedAt()));
    }

    @Override
    public void finish(UUID id, Status status, String reason, List<CommandResult> results, Instant at,
                       boolean retry) {
        ProviderDelivery d = row(id).orElseThrow();
        put(id, with(d, status, reason, results, d.duplicateCount(), d.attempts() + (retry ? 1 : 0), at));
    }

    @Override
    public void recordFailure(ProviderDelivery delivery, String reason, Instant at) {
        ProviderDelivery existing = findByKeyForUpdate(delivery.providerId(), delivery.dedupeKey()).orElse(null);
        if (existing == null) {
            put(delivery.id(), with(delivery, Status.FAILED, reason, List.of(), 0, 1, at));
        } else {
            put(existing.id(), with(existing, Status.FAILED, reason, List.of(), existing.duplicateCount(),
                    existing.attempts() + 1, at));
        }
    }

    @Override
    public Page<ProviderDelivery> list(Optional<ProviderId> providerId, Optional<Status> status, PageRequest page) {
        return new Page<>(rows()
                .filter(d -> providerId.map(d.providerId()::equals).orElse(true))
                .filter(d -> status.map(s -> s == d.status()).orElse(true)).toList(), Optional.empty());
    }

    public ProviderDelivery only() {
        if (size() != 1) {
            throw new IllegalStateException(size() + " deliveries stored");
        }
        return rows().findFirst().orElseThrow();
    }

    private static ProviderDelivery with(ProviderDelivery d, Status status, String reason, List<CommandResult> results,
                                         int duplicates, int attempts, Instant processedAt) {
        return new ProviderDelivery(d.id(), d.providerId(), d.kind(), d.dedupeKey(), d.eventType(), d.rawBody(),
                d.headers(), d.path(), status, reason, results, duplicates, attempts, d.receivedAt(), processedAt);
    }
}
