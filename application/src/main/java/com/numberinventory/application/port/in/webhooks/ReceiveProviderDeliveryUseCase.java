package com.numberinventory.application.port.in.webhooks;

import com.numberinventory.application.port.in.webhooks.ProviderDelivery;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.provider.ProviderKind;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Records an authenticated provider delivery and applies its commands in one transaction, once per dedupe key.
 */
public interface ReceiveProviderDeliveryUseCase {

    record InboundDelivery(ProviderId providerId, ProviderKind kind, String dedupeKey, String eventType,
                           byte[] rawBody, Map<String, String> headers, String path,
                           List<ProviderCommand> commands) {
        public InboundDelivery {
            Objects.requireNonNull(providerId, "providerId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(dedupeKey, "dedupeKey");
            Objects.requireNonNull(rawBody, "rawBody");
            commands = List.copyOf(commands);
        }
    }

    /** What became of a delivery; {@code duplicate} when it had been received before and nothing changed. */
    record Outcome(UUID deliveryId, ProviderDelivery.Status status, boolean duplicate, String reason) {
    }

    Outcome receive(InboundDelivery delivery);
}
