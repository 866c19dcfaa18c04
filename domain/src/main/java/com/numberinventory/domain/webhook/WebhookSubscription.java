package com.numberinventory.domain.webhook;

import com.numberinventory.domain.shared.WorkspaceId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A subscriber's endpoint: where events go, which kinds, optionally only one workspace's events, and the signing
 * secrets. Secrets are held sealed (as the secret store wrote them); only the dispatcher opens them to sign.
 * During a rotation the previous secret keeps signing until {@code previousSecretUntil}.
 */
public record WebhookSubscription(UUID id, String url, List<String> events, Optional<String> description,
                                  Optional<WorkspaceId> workspaceId, boolean enabled, String sealedSecret,
                                  Optional<String> sealedPreviousSecret, Optional<Instant> previousSecretUntil,
                                  Instant createdAt, Instant updatedAt) {

    public WebhookSubscription {
        events = List.copyOf(events);
    }

    public WebhookSubscription withUrl(String newUrl, Instant now) {
        return new WebhookSubscription(id, newUrl, events, description, workspaceId, enabled, sealedSecret,
                sealedPreviousSecret, previousSecretUntil, createdAt, now);
    }

    public WebhookSubscription withEvents(List<String> newEvents, Instant now) {
        return new WebhookSubscription(id, url, newEvents, description, workspaceId, enabled, sealedSecret,
                sealedPreviousSecret, previousSecretUntil, createdAt, now);
    }

    public WebhookSubscription withEnabled(boolean on, Instant now) {
        return new WebhookSubscription(id, url, events, description, workspaceId, on, sealedSecret,
                sealedPreviousSecret, previousSecretUntil, createdAt, now);
    }

    /** The new secret signs from now on; the current one keeps signing for {@code overlap}. */
    public WebhookSubscription rotated(String newSealedSecret, Duration overlap, Instant now) {
        boolean keepOld = !overlap.isZero() && !overlap.isNegative();
        return new WebhookSubscription(id, url, events, description, workspaceId, enabled, newSealedSecret,
                keepOld ? Optional.of(sealedSecret) : Optional.empty(),
                keepOld ? Optional.of(now.plus(overlap)) : Optional.empty(), createdAt, now);
    }

    /** The sealed secrets that sign a delivery made at {@code now}: the current one, then a still-live previous. */
    public static List<String> signingSecrets(String sealedSecret, Optional<String> sealedPrevious,
                                              Optional<Instant> previousUntil, Instant now) {
        List<String> secrets = new ArrayList<>();
        secrets.add(sealedSecret);
        if (sealedPrevious.isPresent() && previousUntil.isPresent() && now.isBefore(previousUntil.get())) {
            secrets.add(sealedPrevious.get());
        }
        return secrets;
    }
}
