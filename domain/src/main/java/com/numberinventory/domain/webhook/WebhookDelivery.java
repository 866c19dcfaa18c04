package com.numberinventory.domain.webhook;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One event on its way to one subscription, with what the attempts so far gave. */
public record WebhookDelivery(UUID id, UUID subscriptionId, UUID eventId, String eventKind, DeliveryStatus status,
                              int attempts, Optional<Integer> lastStatusCode, Optional<String> lastError,
                              Optional<Instant> lastAttemptAt, Optional<Instant> nextAttemptAt,
                              Optional<Instant> deliveredAt, Instant createdAt) {
}
