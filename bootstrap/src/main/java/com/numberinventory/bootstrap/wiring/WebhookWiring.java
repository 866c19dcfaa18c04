package com.numberinventory.bootstrap.wiring;

import com.numberinventory.bootstrap.config.NumbersConfig;
import com.numberinventory.application.port.out.shared.SecretSealer;
import com.numberinventory.application.port.out.shared.SecretVault;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.application.port.out.webhooks.WebhookDeliveries;
import com.numberinventory.application.port.out.webhooks.WebhookSender;
import com.numberinventory.application.port.out.webhooks.WebhookSubscriptions;
import com.numberinventory.application.port.out.webhooks.WebhookUrlPolicy;
import com.numberinventory.application.service.webhooks.WebhookDispatchService;
import com.numberinventory.application.service.webhooks.WebhookSubscriptionService;
import com.numberinventory.domain.shared.IdSource;
import com.numberinventory.domain.webhook.RetrySchedule;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Wires outbound webhooks: subscriptions, the dispatcher and its tuning, the secret store. */
public class WebhookWiring {

    /** Identifies the service to subscribers. */
    public static final String USER_AGENT = "number-inventory-webhooks/1.0";

    @Produces
    @Singleton
    WebhookSubscriptionService webhookSubscriptionService(
            WebhookSubscriptions subscriptions, WebhookDeliveries deliveries, WebhookUrlPolicy urlPolicy,
            SecretVault vault, Transactions tx, Clock clock, IdSource ids, NumbersConfig config) {
        return new WebhookSubscriptionService(subscriptions, deliveries, urlPolicy, vault, tx, clock, ids,
                config.webhooks().secretRotationOverlap());
    }

    @Produces
    @Singleton
    WebhookDispatchService.Settings dispatchSettings(NumbersConfig config) {
        NumbersConfig.Webhooks webhooks = config.webhooks();
        return new WebhookDispatchService.Settings(webhooks.dispatcher().batchSize(), webhooks.dispatcher().lease(),
                new RetrySchedule(webhooks.retrySchedule(), webhooks.retryJitter()), USER_AGENT);
    }

    @Produces
    @Singleton
    WebhookDispatchService webhookDispatchService(WebhookDeliveries deliveries, WebhookSubscriptions subscriptions,
                                                  WebhookSender sender, WebhookUrlPolicy urlPolicy, SecretVault vault,
                                                  Transactions tx, Clock clock, WebhookDispatchService.Settings settings) {
        return new WebhookDispatchService(deliveries, subscriptions, sender, urlPolicy, vault, tx, clock, settings);
    }

    /**
     * Subscription secrets are stored sealed with AES-256-GCM under the master key ({@code NUMBERS_SECRETS_KEY});
     * the API never returns a stored secret and nothing logs one.
     */
    @Produces
    @Singleton
    SecretVault secretVault(SecretSealer sealer) {
        return new SecretVault() {
            @Override
            public String seal(String secret) {
                return sealer.seal(secret);
            }

            @Override
            public String open(String sealed) {
                return sealer.open(sealed);
            }
        };
    }
}
