package com.numberinventory.application.service.webhooks;

import com.numberinventory.application.port.in.webhooks.WebhookQueries;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.application.port.out.webhooks.WebhookDeliveries;
import com.numberinventory.application.port.out.webhooks.WebhookSubscriptions;
import com.numberinventory.application.shared.NotFound;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.webhook.DeliveryStatus;
import com.numberinventory.domain.webhook.EventCatalogue;
import com.numberinventory.domain.webhook.WebhookDelivery;
import com.numberinventory.domain.webhook.WebhookSubscription;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads subscriptions, their deliveries and the event catalogue. */
public record WebhookQueryService(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries, Transactions tx)
        implements WebhookQueries {

    @Override
    public Page<WebhookSubscription> list(PageRequest page) {
        return tx.inTransaction(() -> subscriptions.list(page));
    }

    @Override
    public WebhookSubscription get(UUID id) {
        return tx.inTransaction(() -> subscriptions.find(id)).orElseThrow(() -> NotFound.webhook(id));
    }

    @Override
    public Page<WebhookDelivery> deliveries(UUID subscriptionId, Optional<DeliveryStatus> status, PageRequest page) {
        return tx.inTransaction(() -> {
            subscriptions.find(subscriptionId).orElseThrow(() -> NotFound.webhook(subscriptionId));
            return deliveries.forSubscription(subscriptionId, status, page);
        });
    }

    @Override
    public WebhookDelivery delivery(UUID deliveryId) {
        return tx.inTransaction(() -> deliveries.find(deliveryId)).orElseThrow(() -> NotFound.delivery(deliveryId));
    }

    @Override
    public List<EventCatalogue.EventType> eventTypes() {
        return EventCatalogue.types();
    }
}
