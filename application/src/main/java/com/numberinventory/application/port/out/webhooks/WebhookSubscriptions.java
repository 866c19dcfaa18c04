package com.numberinventory.application.port.out.webhooks;

import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.webhook.WebhookSubscription;

import java.util.Optional;
import java.util.UUID;

/** Stored webhook subscriptions. */
public interface WebhookSubscriptions {

    void insert(WebhookSubscription subscription);

    void update(WebhookSubscription subscription);

    /** The subscription, locked for update until the transaction ends. */
    Optional<WebhookSubscription> findForUpdate(UUID id);

    Optional<WebhookSubscription> find(UUID id);

    Page<WebhookSubscription> list(PageRequest page);

    /** Deletes the subscription and its deliveries; false when there was none. */
    boolean delete(UUID id);

    /** Turns a subscription off (the subscriber answered 410 Gone). */
    void disable(UUID id);
}
