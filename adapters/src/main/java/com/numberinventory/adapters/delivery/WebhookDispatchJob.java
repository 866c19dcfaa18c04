package com.numberinventory.adapters.delivery;

import com.numberinventory.application.port.in.webhooks.DispatchWebhooksUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Runs the webhook dispatcher off the request path, on every instance: batches are claimed with
 * {@code SKIP LOCKED}, so instances share the queue. Drains full batches back to back, then waits for the next tick.
 */
@ApplicationScoped
public class WebhookDispatchJob {

    private static final Logger LOG = Logger.getLogger(WebhookDispatchJob.class);
    private static final int MAX_BATCHES_PER_TICK = 20;

    @Inject
    DispatchWebhooksUseCase dispatcher;

    @Inject
    DeliveryConfig config;

    @Scheduled(identity = "webhook-dispatch", every = "${numbers.webhooks.dispatcher.interval}",
            delayed = "${numbers.webhooks.dispatcher.initial-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (!config.dispatcher().enabled()) {
            return;
        }
        int batchSize = config.dispatcher().batchSize();
        try {
            for (int i = 0; i < MAX_BATCHES_PER_TICK; i++) {
                if (dispatcher.dispatchDue() < batchSize) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("webhook dispatch failed, will retry on the next tick: %s", e.toString());
        }
    }
}
