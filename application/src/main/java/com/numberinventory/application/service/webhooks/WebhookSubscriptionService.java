package com.numberinventory.application.service.webhooks;

import com.numberinventory.application.port.in.webhooks.CreateWebhookUseCase;
import com.numberinventory.application.port.in.webhooks.DeleteWebhookUseCase;
import com.numberinventory.application.port.in.webhooks.RetryDeliveryUseCase;
import com.numberinventory.application.port.in.webhooks.RotateWebhookSecretUseCase;
import com.numberinventory.application.port.in.webhooks.UpdateWebhookUseCase;
import com.numberinventory.application.port.in.webhooks.WebhookQueries;
import com.numberinventory.application.port.out.shared.SecretVault;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.application.port.out.webhooks.WebhookDeliveries;
import com.numberinventory.application.port.out.webhooks.WebhookSubscriptions;
import com.numberinventory.application.port.out.webhooks.WebhookUrlPolicy;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.application.shared.Patch;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.IdSource;
import com.numberinventory.domain.webhook.DeliveryStatus;
import com.numberinventory.domain.webhook.EventCatalogue;
import com.numberinventory.domain.webhook.WebhookDelivery;
import com.numberinventory.domain.webhook.WebhookSecret;
import com.numberinventory.domain.webhook.WebhookSubscription;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Manages webhook subscriptions and lets an operator see and redrive their deliveries. */
public record WebhookSubscriptionService(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries,
                                         WebhookUrlPolicy urlPolicy, SecretVault vault, Transactions tx, Clock clock,
                                         IdSource ids, Duration rotationOverlap)
        implements CreateWebhookUseCase, UpdateWebhookUseCase, DeleteWebhookUseCase,
        RotateWebhookSecretUseCase, WebhookQueries, RetryDeliveryUseCase {

    private static final int MAX_URL_LENGTH = 2048;
    private static final int MAX_DESCRIPTION_LENGTH = 500;

    @Override
    public WebhookWithSecret create(CreateWebhookCommand command) {
        String url = checkedUrl(command.url());
        List<String> events = EventCatalogue.filter(command.events());
        Optional<String> description = command.description().map(String::trim).filter(d -> !d.isEmpty());
        if (description.isPresent() && description.get().length() > MAX_DESCRIPTION_LENGTH) {
            throw DomainException.invalidField("description", "must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        String secret = WebhookSecret.generate();
        Instant now = clock.instant();
        WebhookSubscription subscription = new WebhookSubscription(ids.next(), url, events, description,
                command.workspaceId(), true, vault.seal(secret), Optional.empty(), Optional.empty(), now, now);
        tx.inTransaction(() -> {
            subscriptions.insert(subscription);
            return null;
        });
        return new WebhookWithSecret(subscription, secret);
    }

    @Override
    public WebhookSubscription update(UpdateWebhookCommand command) {
        Optional<String> newUrl = command.url() instanceof Patch.Set<String> s
                ? Optional.of(checkedUrl(s.value().orElse(null))) : Optional.empty();
        Optional<List<String>> newEvents = command.events()
                instanceof Patch.Set<List<String>> s
                ? Optional.of(EventCatalogue.filter(s.value().orElse(null))) : Optional.empty();
        Optional<Boolean> enabled = command.enabled()
                instanceof Patch.Set<Boolean> s
                ? Optional.of(s.value().orElseThrow(() -> DomainException.invalidField("enabled", "must be true or false")))
                : Optional.empty();
        return tx.inTransaction(() -> {
            Instant now = clock.instant();
            WebhookSubscription current = subscriptions.findForUpdate(command.id()).orElseThrow(() -> notFound(command.id()));
            WebhookSubscription changed = current;
            if (newUrl.isPresent()) {
                changed = changed.withUrl(newUrl.get(), now);
            }
            if (newEvents.isPresent()) {
                changed = changed.withEvents(newEvents.get(), now);
            }
            if (enabled.isPresent()) {
                changed = changed.withEnabled(enabled.get(), now);
            }
            subscriptions.update(changed);
            return changed;
        });
    }

    @Override
    public void delete(UUID id) {
        tx.inTransaction(() -> {
            if (!subscriptions.delete(id)) {
                throw notFound(id);
            }
            return null;
        });
    }

    @Override
    public WebhookWithSecret rotate(UUID id) {
        String secret = WebhookSecret.generate();
        WebhookSubscription rotated = tx.inTransaction(() -> {
            WebhookSubscription current = subscriptions.findForUpdate(id).orElseThrow(() -> notFound(id));
            WebhookSubscription next = current.rotated(vault.seal(secret), rotationOverlap, clock.instant());
            subscriptions.update(next);
            return next;
        });
        return new WebhookWithSecret(rotated, secret);
    }

    @Override
    public Page<WebhookSubscription> list(PageRequest page) {
        return tx.inTransaction(() -> subscriptions.list(page));
    }

    @Override
    public WebhookSubscription get(UUID id) {
        return tx.inTransaction(() -> subscriptions.find(id)).orElseThrow(() -> notFound(id));
    }

    @Override
    public Page<WebhookDelivery> deliveries(UUID subscriptionId, Optional<DeliveryStatus> status, PageRequest page) {
        return tx.inTransaction(() -> {
            subscriptions.find(subscriptionId).orElseThrow(() -> notFound(subscriptionId));
            return deliveries.forSubscription(subscriptionId, status, page);
        });
    }

    @Override
    public WebhookDelivery delivery(UUID deliveryId) {
        return tx.inTransaction(() -> deliveries.find(deliveryId)).orElseThrow(() -> deliveryNotFound(deliveryId));
    }

    @Override
    public List<EventCatalogue.EventType> eventTypes() {
        return EventCatalogue.types();
    }

    /**
     * A dead letter goes back to the queue, due now, with a fresh schedule. A pending delivery is brought forward
     * to now unless a dispatcher is sending it. A delivered one is refused: it already reached the subscriber.
     */
    @Override
    public WebhookDelivery retry(UUID deliveryId) {
        return tx.inTransaction(() -> {
            WebhookDelivery delivery = deliveries.findForUpdate(deliveryId)
                    .orElseThrow(() -> deliveryNotFound(deliveryId));
            if (delivery.status() == DeliveryStatus.DELIVERED) {
                throw new DomainException(ErrorCode.DELIVERY_NOT_RETRYABLE,
                        "delivery " + deliveryId + " was already delivered");
            }
            deliveries.requeue(deliveryId, clock.instant());
            return deliveries.find(deliveryId).orElseThrow();
        });
    }

    private String checkedUrl(String raw) {
        if (raw == null || raw.isBlank()) {
            throw DomainException.invalidField("url", "is required");
        }
        String url = raw.trim();
        if (url.length() > MAX_URL_LENGTH) {
            throw DomainException.invalidField("url", "must be at most " + MAX_URL_LENGTH + " characters");
        }
        urlPolicy.check(url);
        return url;
    }

    private static DomainException notFound(UUID id) {
        return new DomainException(ErrorCode.WEBHOOK_NOT_FOUND, "no webhook subscription " + id);
    }

    private static DomainException deliveryNotFound(UUID id) {
        return new DomainException(ErrorCode.DELIVERY_NOT_FOUND, "no webhook delivery " + id);
    }
}
