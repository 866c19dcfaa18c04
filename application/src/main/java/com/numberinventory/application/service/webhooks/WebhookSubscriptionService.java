package com.numberinventory.application.service.webhooks;

import com.numberinventory.application.port.in.webhooks.CreateWebhookUseCase;
import com.numberinventory.application.port.in.webhooks.DeleteWebhookUseCase;
import com.numberinventory.application.port.in.webhooks.UpdateWebhookUseCase;
import com.numberinventory.application.port.out.shared.SecretVault;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.application.port.out.webhooks.WebhookSubscriptions;
import com.numberinventory.application.port.out.webhooks.WebhookUrlPolicy;
import com.numberinventory.application.shared.NotFound;
import com.numberinventory.application.shared.Patch;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.IdSource;
import com.numberinventory.domain.webhook.EventCatalogue;
import com.numberinventory.domain.webhook.WebhookSecret;
import com.numberinventory.domain.webhook.WebhookSubscription;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Creates, changes and deletes webhook subscriptions. */
public record WebhookSubscriptionService(WebhookSubscriptions subscriptions, WebhookUrlPolicy urlPolicy,
                                         SecretVault vault, Transactions tx, Clock clock, IdSource ids)
        implements CreateWebhookUseCase, UpdateWebhookUseCase, DeleteWebhookUseCase {

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
            WebhookSubscription current = subscriptions.findForUpdate(command.id())
                    .orElseThrow(() -> NotFound.webhook(command.id()));
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
                throw NotFound.webhook(id);
            }
            return null;
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
}
