package com.numberinventory.application.port.in.webhooks;

import com.numberinventory.application.port.in.webhooks.ProviderDelivery;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.provider.ProviderId;

import java.util.Optional;
import java.util.UUID;

/** Reads the inbound delivery log. */
public interface ProviderEventQueries {

    ProviderDelivery get(UUID id);

    Page<ProviderDelivery> list(Optional<ProviderId> providerId, Optional<ProviderDelivery.Status> status,
                                PageRequest page);
}
