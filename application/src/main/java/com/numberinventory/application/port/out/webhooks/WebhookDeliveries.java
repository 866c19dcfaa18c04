package com.numberinventory.application.port.out.webhooks;

import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.webhook.DeliveryStatus;
import com.numberinventory.domain.webhook.WebhookDelivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The delivery queue. Rows are created by the database itself when a domain event is appended (see
 * {@code V4__outbound_webhooks.sql}), so an event and its deliveries commit together.
 */
public interface WebhookDeliveries {

    /** A claimed delivery: the event to send and the subscription's url and sealed secrets. */
    record Claimed(UUID deliveryId, UUID leaseToken, int attempt, UUID eventId, String envelope,
                   UUID subscriptionId, String url, String sealedSecret, Optional<String> sealedPreviousSecret,
                   Optional<Instant> previousSecretUntil) {
    }

    /**
     * Claims up to {@code limit} pending deliveries due at {@code now} of enabled subscriptions, skipping rows
     * another claimer holds; each claimed row counts one attempt and is leased (not due) until
     * {@code leaseUntil}, so a crash mid-send makes it due again and no one else takes it meanwhile.
     */
    List<Claimed> claimDue(Instant now, int limit, Instant leaseUntil, UUID leaseToken);

    /** Records success; ignored when the lease was lost. */
    void markDelivered(UUID deliveryId, UUID leaseToken, int statusCode, Instant at);

    /** Records a failure and when to try again; ignored when the lease was lost. */
    void markRetry(UUID deliveryId, UUID leaseToken, Optional<Integer> statusCode, String error, Instant nextAttemptAt);

    /** Records a final failure; ignored when the lease was lost. */
    void markDeadLetter(UUID deliveryId, UUID leaseToken, Optional<Integer> statusCode, String error);

    Optional<WebhookDelivery> find(UUID deliveryId);

    Page<WebhookDelivery> forSubscription(UUID subscriptionId, Optional<DeliveryStatus> status, PageRequest page);

    /**
     * A dead letter becomes pending, due at {@code now}, attempts reset; a pending delivery that no dispatcher
     * holds is made due at {@code now}; a leased or delivered one is left alone.
     */
    void requeue(UUID deliveryId, Instant now);

    /** Locks the delivery row for the rest of the transaction. */
    Optional<WebhookDelivery> findForUpdate(UUID deliveryId);
}
