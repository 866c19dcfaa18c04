package com.numberinventory.application.service.providers;

import com.numberinventory.application.port.in.webhooks.ProviderDelivery;
import com.numberinventory.application.port.in.webhooks.ProviderEventQueries;
import com.numberinventory.application.port.out.providers.ProviderDeliveries;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;

import java.util.Optional;
import java.util.UUID;

/** Reads the inbound delivery log. */
public record ProviderEventQueryService(ProviderDeliveries deliveries) implements ProviderEventQueries {

    @Override
    public ProviderDelivery get(UUID id) {
        return deliveries.findDelivery(id).orElseThrow(() -> notFound(id));
    }

    @Override
    public Page<ProviderDelivery> list(Optional<ProviderId> providerId, Optional<ProviderDelivery.Status> status,
                                       PageRequest page) {
        return deliveries.list(providerId, status, page);
    }

    static DomainException notFound(UUID id) {
        return new DomainException(ErrorCode.PROVIDER_EVENT_NOT_FOUND, "no provider event " + id);
    }
}
