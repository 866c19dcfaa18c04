package com.numberinventory.bootstrap.wiring;

import com.numberinventory.adapters.delivery.DeliveryConfig;
import com.numberinventory.bootstrap.config.NumbersConfig;
import com.numberinventory.application.port.out.shared.SecretSealer;
import com.numberinventory.application.port.out.shared.SecretVault;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.application.port.out.webhooks.WebhookDeliveries;
import com.numberinventory.application.port.out.webhooks.WebhookSender;
import com.numberinventory.application.port.out.webhooks.WebhookSubscriptions;
import com.numberinventory.application.port.out.webhooks.WebhookUrlPolicy;
import com.numberinventory.application.service.webhooks.DeliveryOutcomes;
import com.numberinventory.application.service.webhooks.RetryDeliveryService;
import com.numberinventory.application.service.webhooks.RotateWebhookSecretService;
import com.numberinventory.application.service.webhooks.SignedDelivery;
import com.numberinventory.application.service.webhooks.WebhookDispatchService;
import com.numberinventory.application.service.webhooks.WebhookQueryService;
import com.numberinventory.application.service.webhooks.WebhookSubscriptionService;
import com.numberinventory.domain.shared.IdSource;
import com.numberinventory.domain.webhook.RetrySchedule;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Wires outbound webhooks: subscriptions, the dispatcher and its tuning, the secret store. */
public class WebhookWiring {

    /** Identifies the service to subscribers. */
    public static final String USER_AGENT = "number-inventory-webhooks/1.0";

    @Produces
    @Singleton
    WebhookSubscriptionService webhookSubscriptionService(WebhookSubscriptions subscriptions,
                                                          WebhookUrlPolicy urlPolicy, SecretVault vault,
                                                          Transactions tx, Clock clock, IdSource ids) {
        return new WebhookSubscriptionService(subscriptions, urlPolicy, vault, tx, clock, ids);
    }

    @Produces
    @Singleton
    RotateWebhookSecretService rotateWebhookSecretService(WebhookSubscriptions subscriptions, SecretVault vault,
                                                          Transactions tx, Clock clock, NumbersConfig config) {
        return new RotateWebhookSecretService(subscriptions, vault, tx, clock,
                config.webhooks().secretRotationOverlap());
    }

    @Produces
    @Singleton
    WebhookQueryService webhookQueryService(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries,
                                            Transactions tx) {
        return new WebhookQueryService(subscriptions, deliveries, tx);
    }

    @Produces
    @Singleton
    RetryDeliveryService retryDeliveryService(WebhookDeliveries deliveries, Transactions tx, Clock clock) {
        return new RetryDeliveryService(deliveries, tx, clock);
    }

    @Produces
    @Singleton
    SignedDelivery signedDelivery(WebhookSender sender, WebhookUrlPolicy urlPolicy, SecretVault vault, Clock clock) {
        return new SignedDelivery(sender, urlPolicy, vault, clock, USER_AGENT);
    }

    @Produces
    @Singleton
    DeliveryOutcomes deliveryOutcomes(WebhookDeliveries deliveries, WebhookSubscriptions subscriptions,
                                      Transactions tx, Clock clock, NumbersConfig config) {
        NumbersConfig.Webhooks webhooks = config.webhooks();
        return new DeliveryOutcomes(deliveries, subscriptions, tx, clock,
                new RetrySchedule(webhooks.retrySchedule(), webhooks.retryJitter()));
    }

    @Produces
    @Singleton
    WebhookDispatchService webhookDispatchService(WebhookDeliveries deliveries, Transactions tx, Clock clock,
                                                  NumbersConfig config, DeliveryConfig delivery,
                                                  SignedDelivery sending, DeliveryOutcomes outcomes) {
        return new WebhookDispatchService(deliveries, tx, clock,
                new WebhookDispatchService.Settings(delivery.dispatcher().batchSize(),
                        config.webhooks().dispatcher().lease()), sending, outcomes);
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
