package com.numberinventory.application.service.webhooks;

import com.numberinventory.application.port.in.webhooks.RetryDeliveryUseCase;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.application.port.out.webhooks.WebhookDeliveries;
import com.numberinventory.application.shared.NotFound;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.webhook.DeliveryStatus;
import com.numberinventory.domain.webhook.WebhookDelivery;

import java.time.Clock;
import java.util.UUID;

/**
 * A dead letter goes back to the queue, due now, with a fresh schedule. A pending delivery is brought forward
 * to now unless a dispatcher is sending it. A delivered one is refused: it already reached the subscriber.
 */
public record RetryDeliveryService(WebhookDeliveries deliveries, Transactions tx, Clock clock)
        implements RetryDeliveryUseCase {

    @Override
    public WebhookDelivery retry(UUID deliveryId) {
        return tx.inTransaction(() -> {
            WebhookDelivery delivery = deliveries.findForUpdate(deliveryId)
                    .orElseThrow(() -> NotFound.delivery(deliveryId));
            if (delivery.status() == DeliveryStatus.DELIVERED) {
                throw new DomainException(ErrorCode.DELIVERY_NOT_RETRYABLE,
                        "delivery " + deliveryId + " was already delivered");
            }
            deliveries.requeue(deliveryId, clock.instant());
            return deliveries.find(deliveryId).orElseThrow();
        });
    }
}
