package com.numberinventory.application.service.webhooks;

import com.numberinventory.application.port.in.webhooks.CreateWebhookUseCase.WebhookWithSecret;
import com.numberinventory.application.port.in.webhooks.RotateWebhookSecretUseCase;
import com.numberinventory.application.port.out.shared.SecretVault;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.application.port.out.webhooks.WebhookSubscriptions;
import com.numberinventory.application.shared.NotFound;
import com.numberinventory.domain.webhook.WebhookSecret;
import com.numberinventory.domain.webhook.WebhookSubscription;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/** Gives a subscription a new signing secret; the previous one keeps signing for the overlap. */
public record RotateWebhookSecretService(WebhookSubscriptions subscriptions, SecretVault vault, Transactions tx,
                                         Clock clock, Duration rotationOverlap) implements RotateWebhookSecretUseCase {

    @Override
    public WebhookWithSecret rotate(UUID id) {
        String secret = WebhookSecret.generate();
        WebhookSubscription rotated = tx.inTransaction(() -> {
            WebhookSubscription current = subscriptions.findForUpdate(id).orElseThrow(() -> NotFound.webhook(id));
            WebhookSubscription next = current.rotated(vault.seal(secret), rotationOverlap, clock.instant());
            subscriptions.update(next);
            return next;
        });
        return new WebhookWithSecret(rotated, secret);
    }
}
