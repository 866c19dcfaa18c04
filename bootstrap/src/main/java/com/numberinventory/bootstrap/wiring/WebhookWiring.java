package com.numberinventory.bootstrap.wiring;

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
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
            SecretVault vault, Transactions tx, Clock clock, IdSource ids,
            @ConfigProperty(name = "numbers.webhooks.secret-rotation-overlap", defaultValue = "PT24H")
            Duration overlap) {
        return new WebhookSubscriptionService(subscriptions, deliveries, urlPolicy, vault, tx, clock, ids, overlap);
    }

    @Produces
    @Singleton
    WebhookDispatchService.Settings dispatchSettings(
            @ConfigProperty(name = "numbers.webhooks.dispatcher.batch-size", defaultValue = "50") int batchSize,
            @ConfigProperty(name = "numbers.webhooks.dispatcher.lease", defaultValue = "PT60S") Duration lease,
            @ConfigProperty(name = "numbers.webhooks.retry-schedule",
                    defaultValue = "PT5S,PT30S,PT2M,PT10M,PT30M,PT2H,PT6H,PT12H,PT24H") List<Duration> schedule,
            @ConfigProperty(name = "numbers.webhooks.retry-jitter", defaultValue = "0.2") double jitter) {
        return new WebhookDispatchService.Settings(batchSize, lease, new RetrySchedule(schedule, jitter), USER_AGENT);
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
