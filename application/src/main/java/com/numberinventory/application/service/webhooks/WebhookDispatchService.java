package com.numberinventory.application.service.webhooks;

import com.numberinventory.application.port.in.webhooks.DispatchWebhooksUseCase;
import com.numberinventory.application.port.out.shared.SecretVault;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.application.port.out.webhooks.WebhookDeliveries;
import com.numberinventory.application.port.out.webhooks.WebhookSender;
import com.numberinventory.application.port.out.webhooks.WebhookSubscriptions;
import com.numberinventory.application.port.out.webhooks.WebhookUrlPolicy;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.webhook.RetrySchedule;
import com.numberinventory.domain.webhook.WebhookSigner;
import com.numberinventory.domain.webhook.WebhookSubscription;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends due webhook deliveries, at least once.
 *
 * <p>A batch is claimed in one short transaction ({@code FOR UPDATE SKIP LOCKED}, so concurrent dispatchers on
 * several instances take disjoint rows), and each claimed row is leased: its next attempt moves to the end of the
 * lease and it carries a fresh lease token. The HTTP calls then run outside any transaction, one virtual thread
 * each; each outcome is written back only if the row still carries this claim's token. A dispatcher that dies
 * mid-send leaves the row to become due again when the lease ends, so it is retried, never lost; the lease is
 * longer than the request timeout, so no two dispatchers send one delivery at the same moment.
 */
public record WebhookDispatchService(WebhookDeliveries deliveries, WebhookSubscriptions subscriptions,
                                     WebhookSender sender, WebhookUrlPolicy urlPolicy, SecretVault vault,
                                     Transactions tx, Clock clock, Settings settings)
        implements DispatchWebhooksUseCase {

    /**
     * Sends in flight at once per batch. Each outcome takes a pooled database connection for a moment, so a
     * batch must not claim the whole pool from the API; with a 10 s timeout a batch of 50 still finishes well
     * inside the lease.
     */
    private static final int MAX_PARALLEL_SENDS = 16;

    /** Dispatch tuning: batch size, lease length, retry schedule, user agent. */
    public record Settings(int batchSize, Duration lease, RetrySchedule schedule, String userAgent) {
    }

    @Override
    public int dispatchDue() {
        Instant now = clock.instant();
        UUID token = UUID.randomUUID();
        List<WebhookDeliveries.Claimed> claimed = tx.inTransaction(
                () -> deliveries.claimDue(now, settings.batchSize(), now.plus(settings.lease()), token));
        if (claimed.isEmpty()) {
            return 0;
        }
        Semaphore slots = new Semaphore(MAX_PARALLEL_SENDS);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (WebhookDeliveries.Claimed c : claimed) {
                running.add(pool.submit(() -> {
                    slots.acquireUninterruptibly();
                    try {
                        deliver(c);
                    } finally {
                        slots.release();
                    }
                }));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (Exception e) {
                    // one delivery's bookkeeping failed: its lease runs out and it is retried
                }
            }
        }
        return claimed.size();
    }

    private void deliver(WebhookDeliveries.Claimed c) {
        WebhookSender.Outcome outcome;
        try {
            urlPolicy.check(c.url());
            outcome = sender.send(c.url(), headers(c), c.envelope().getBytes(StandardCharsets.UTF_8));
        } catch (DomainException refused) {
            outcome = new WebhookSender.Outcome(Optional.empty(), Optional.empty(),
                    Optional.of("url refused: " + refused.getMessage()));
        } catch (RuntimeException e) {
            outcome = new WebhookSender.Outcome(Optional.empty(), Optional.empty(), Optional.of(e.toString()));
        }
        record(c, outcome);
    }

    private Map<String, String> headers(WebhookDeliveries.Claimed c) {
        Instant now = clock.instant();
        long timestamp = now.getEpochSecond();
        List<String> secrets = WebhookSubscription.signingSecrets(c.sealedSecret(), c.sealedPreviousSecret(),
                c.previousSecretUntil(), now).stream().map(vault::open).toList();
        byte[] body = c.envelope().getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", c.eventId().toString());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSigner.header(secrets, c.eventId().toString(), timestamp, body));
        headers.put("Content-Type", "application/json");
        headers.put("User-Agent", settings.userAgent());
        return headers;
    }

    private void record(WebhookDeliveries.Claimed c, WebhookSender.Outcome outcome) {
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
            Optional<Duration> delay = settings.schedule().nextDelay(c.attempt(), outcome.retryAfter(),
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
