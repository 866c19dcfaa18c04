package com.numberinventory.application.service.webhooks;

import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.application.port.out.webhooks.WebhookDeliveries;
import com.numberinventory.application.port.out.webhooks.WebhookSender;
import com.numberinventory.application.port.out.webhooks.WebhookSubscriptions;
import com.numberinventory.domain.webhook.RetrySchedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a send's outcome back to its delivery, only while the row still carries the claim's lease token:
 * delivered, retried on the schedule, or dead-lettered; a 410 Gone also disables the subscription.
 */
public record DeliveryOutcomes(WebhookDeliveries deliveries, WebhookSubscriptions subscriptions, Transactions tx,
                               Clock clock, RetrySchedule schedule) {

    public void record(WebhookDeliveries.Claimed c, WebhookSender.Outcome outcome) {
        Instant now = clock.instant();
        tx.inTransaction(() -> {
            if (outcome.succeeded()) {
                deliveries.markDelivered(c.deliveryId(), c.leaseToken(), outcome.statusCode().get(), now);
                return null;
            }
            String error = outcome.error().orElseGet(() -> "HTTP " + outcome.statusCode().orElse(0));
            if (outcome.statusCode().filter(s -> s == 410).isPresent()) {
                deliveries.markDeadLetter(c.deliveryId(), c.leaseToken(), outcome.statusCode(),
                        "410 Gone: subscription disabled");
                subscriptions.disable(c.subscriptionId());
                return null;
            }
            Optional<Duration> delay = schedule.nextDelay(c.attempt(), outcome.retryAfter(),
                    ThreadLocalRandom.current().nextDouble());
            if (delay.isPresent()) {
                deliveries.markRetry(c.deliveryId(), c.leaseToken(), outcome.statusCode(), error, now.plus(delay.get()));
            } else {
                deliveries.markDeadLetter(c.deliveryId(), c.leaseToken(), outcome.statusCode(), error);
            }
            return null;
        });
    }
}
