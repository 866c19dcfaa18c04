package com.numberinventory.application.support;

import com.numberinventory.application.port.out.webhooks.WebhookSubscriptions;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.webhook.WebhookSubscription;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Webhook subscriptions in memory; a failed transaction puts them back as they were. */
public final class InMemoryWebhookSubscriptions implements WebhookSubscriptions, InMemoryTransactions.Store {

    private Map<UUID, WebhookSubscription> rows = new LinkedHashMap<>();

    public int size() {
        return rows.size();
    }

    @Override
    public void insert(WebhookSubscription subscription) {
        rows.put(subscription.id(), subscription);
    }

    @Override
    public void update(WebhookSubscription subscription) {
        if (!rows.containsKey(subscription.id())) {
            throw new IllegalStateException("update of a subscription never inserted");
        }
        rows.put(subscription.id(), subscription);
    }

    @Override
    public Optional<WebhookSubscription> findForUpdate(UUID id) {
        return find(id);
    }

    @Override
    public Optional<WebhookSubscription> find(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Page<WebhookSubscription> list(PageRequest page) {
        throw new UnsupportedOperationException("not needed by the services under test");
    }

    @Override
    public boolean delete(UUID id) {
        return rows.remove(id) != null;
    }

    @Override
    public void disable(UUID id) {
        find(id).ifPresent(s -> rows.put(id, s.withEnabled(false, s.updatedAt())));
    }

    @Override
    public Object snapshot() {
        return new LinkedHashMap<>(rows);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        rows = new LinkedHashMap<>((Map<UUID, WebhookSubscription>) snapshot);
    }
}
