package com.numberinventory.application.support;

import com.numberinventory.application.port.out.webhooks.WebhookSubscriptions;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.webhook.WebhookSubscription;

import java.util.Optional;
import java.util.UUID;

/** Webhook subscriptions in memory; a failed transaction puts them back as they were. */
public final class InMemoryWebhookSubscriptions extends InMemoryRows<UUID, WebhookSubscription>
        implements WebhookSubscriptions {

    @Override
    public void insert(WebhookSubscription subscription) {
        put(subscription.id(), subscription);
    }

    @Override
    public void update(WebhookSubscription subscription) {
        replaceExisting(subscription.id(), subscription, "update of a subscription never inserted");
    }

    @Override
    public Optional<WebhookSubscription> findForUpdate(UUID id) {
        return find(id);
    }

    @Override
    public Optional<WebhookSubscription> find(UUID id) {
        return row(id);
    }

    @Override
    public Page<WebhookSubscription> list(PageRequest page) {
        throw new UnsupportedOperationException("not needed by the services under test");
    }

    @Override
    public boolean delete(UUID id) {
        return remove(id);
    }

    @Override
    public void disable(UUID id) {
        find(id).ifPresent(s -> put(id, s.withEnabled(false, s.updatedAt())));
    }
}
