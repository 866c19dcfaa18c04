package com.numberinventory.application.port.in.webhooks;

import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.webhook.DeliveryStatus;
import com.numberinventory.domain.webhook.EventCatalogue;
import com.numberinventory.domain.webhook.WebhookDelivery;
import com.numberinventory.domain.webhook.WebhookSubscription;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read subscriptions, their deliveries, and the catalogue of event kinds. */
public interface WebhookQueries {

    Page<WebhookSubscription> list(PageRequest page);

    WebhookSubscription get(UUID id);

    Page<WebhookDelivery> deliveries(UUID subscriptionId, Optional<DeliveryStatus> status, PageRequest page);

    WebhookDelivery delivery(UUID deliveryId);

    List<EventCatalogue.EventType> eventTypes();
}
