package com.numberinventory.application.port.in.webhooks;

import com.numberinventory.domain.webhook.WebhookDelivery;

import java.util.UUID;

/** Put a dead-lettered delivery back in the queue, due now, with a fresh retry schedule. */
public interface RetryDeliveryUseCase {

    WebhookDelivery retry(UUID deliveryId);
}
