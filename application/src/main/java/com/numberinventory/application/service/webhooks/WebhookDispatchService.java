package com.numberinventory.application.service.webhooks;

import com.numberinventory.application.port.in.webhooks.DispatchWebhooksUseCase;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.application.port.out.webhooks.WebhookDeliveries;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

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
public record WebhookDispatchService(WebhookDeliveries deliveries, Transactions tx, Clock clock, Settings settings,
                                     SignedDelivery sending, DeliveryOutcomes outcomes)
        implements DispatchWebhooksUseCase {

    /**
     * Sends in flight at once per batch. Each outcome takes a pooled database connection for a moment, so a
     * batch must not claim the whole pool from the API; with a 10 s timeout a batch of 50 still finishes well
     * inside the lease.
     */
    private static final int MAX_PARALLEL_SENDS = 16;

    /** How many due deliveries one batch claims, and how long the claim holds them. */
    public record Settings(int batchSize, Duration lease) {
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
                        outcomes.record(c, sending.send(c));
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
}
