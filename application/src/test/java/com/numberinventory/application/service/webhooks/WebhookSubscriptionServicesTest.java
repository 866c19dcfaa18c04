package com.numberinventory.application.service.webhooks;

import com.numberinventory.application.port.in.webhooks.CreateWebhookUseCase.CreateWebhookCommand;
import com.numberinventory.application.port.in.webhooks.CreateWebhookUseCase.WebhookWithSecret;
import com.numberinventory.application.port.in.webhooks.UpdateWebhookUseCase.UpdateWebhookCommand;
import com.numberinventory.application.port.out.shared.SecretVault;
import com.numberinventory.application.port.out.webhooks.WebhookUrlPolicy;
import com.numberinventory.application.shared.Patch;
import com.numberinventory.application.support.InMemoryTransactions;
import com.numberinventory.application.support.InMemoryWebhookSubscriptions;
import com.numberinventory.application.support.Inventory;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.IdSource;
import com.numberinventory.domain.webhook.WebhookSubscription;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.numberinventory.application.support.Inventory.ALICE;
import static com.numberinventory.application.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookSubscriptionServicesTest {

    /** Reversible, so a test can tell what was sealed, and never the plain secret. */
    private static final SecretVault VAULT = new SecretVault() {
        @Override
        public String seal(String secret) {
            return "sealed:" + new StringBuilder(secret).reverse();
        }

        @Override
        public String open(String sealed) {
            return new StringBuilder(sealed.substring("sealed:".length())).reverse().toString();
        }
    };

    /** Refuses link-local addresses, as the SSRF guard does. */
    private static final WebhookUrlPolicy POLICY = url -> {
        if (url.contains("169.254.")) {
            throw DomainException.invalidField("url", "must not point at a link-local address");
        }
    };

    private final Inventory.MovableClock clock = new Inventory.MovableClock(Inventory.T0);
    private final IdSource ids = IdSource.uuidV7(clock);
    private final InMemoryWebhookSubscriptions subscriptions = new InMemoryWebhookSubscriptions();
    private final InMemoryTransactions tx = new InMemoryTransactions(subscriptions);
    private final WebhookSubscriptionService service =
            new WebhookSubscriptionService(subscriptions, POLICY, VAULT, tx, clock, ids);
    private final RotateWebhookSecretService rotation =
            new RotateWebhookSecretService(subscriptions, VAULT, tx, clock, Duration.ofHours(24));
    private final WebhookQueryService queries = new WebhookQueryService(subscriptions, null, tx);

    private WebhookWithSecret subscribe(String url) {
        return service.create(new CreateWebhookCommand(url, List.of("number.provisioned"),
                Optional.of("  ops  "), Optional.of(ALICE)));
    }

    @Test
    void create_stores_the_secret_sealed_and_hands_the_plain_one_out_once() {
        WebhookWithSecret created = subscribe(" https://hooks.example.com/in ");

        WebhookSubscription stored = queries.get(created.subscription().id());
        assertEquals("https://hooks.example.com/in", stored.url());
        assertEquals(Optional.of("ops"), stored.description());
        assertTrue(stored.enabled());
        assertNotEquals(created.secret(), stored.sealedSecret());
        assertEquals(created.secret(), VAULT.open(stored.sealedSecret()));
        assertEquals(Optional.of(ALICE), stored.workspaceId());
    }

    @Test
    void a_refused_url_or_unknown_event_stores_nothing() {
        DomainException url = assertThrows(DomainException.class, () -> subscribe("http://169.254.169.254/latest"));
        assertEquals(ErrorCode.BAD_REQUEST, url.errorCode());

        DomainException kind = assertThrows(DomainException.class, () -> service.create(new CreateWebhookCommand(
                "https://hooks.example.com/in", List.of("number.assigned"), Optional.empty(), Optional.empty())));
        assertEquals(ErrorCode.EVENT_UNSUPPORTED, kind.errorCode());

        DomainException blank = assertThrows(DomainException.class, () -> subscribe("   "));
        assertEquals(ErrorCode.BAD_REQUEST, blank.errorCode());
        assertEquals(0, subscriptions.size());
    }

    @Test
    void update_changes_only_what_the_patch_sets() {
        WebhookSubscription original = subscribe("https://hooks.example.com/in").subscription();
        clock.advance(Duration.ofMinutes(5));

        WebhookSubscription changed = service.update(new UpdateWebhookCommand(original.id(), Patch.unchanged(),
                Patch.set(List.of("*")), Patch.set(false)));

        assertEquals(original.url(), changed.url());
        assertEquals(List.of("*"), changed.events());
        assertFalse(changed.enabled());
        assertEquals(clock.instant(), changed.updatedAt());
        assertEquals(changed, queries.get(original.id()));
    }

    @Test
    void update_with_a_refused_url_leaves_the_subscription_as_it_was() {
        WebhookSubscription original = subscribe("https://hooks.example.com/in").subscription();

        assertThrows(DomainException.class, () -> service.update(new UpdateWebhookCommand(original.id(),
                Patch.set("http://169.254.0.1/"), Patch.unchanged(), Patch.unchanged())));

        assertEquals(original, queries.get(original.id()));
    }

    @Test
    void rotation_signs_with_the_new_secret_and_keeps_the_old_one_for_the_overlap() {
        WebhookWithSecret created = subscribe("https://hooks.example.com/in");
        clock.advance(Duration.ofMinutes(1));

        WebhookWithSecret rotated = rotation.rotate(created.subscription().id());

        WebhookSubscription stored = queries.get(created.subscription().id());
        assertNotEquals(created.secret(), rotated.secret());
        assertEquals(rotated.secret(), VAULT.open(stored.sealedSecret()));
        assertEquals(Optional.of(created.secret()), stored.sealedPreviousSecret().map(VAULT::open));
        assertEquals(Optional.of(clock.instant().plus(Duration.ofHours(24))), stored.previousSecretUntil());
    }

    @Test
    void unknown_subscriptions_are_not_found_for_every_operation() {
        UUID unknown = UUID.randomUUID();
        assertRefused(ErrorCode.WEBHOOK_NOT_FOUND, () -> queries.get(unknown));
        assertRefused(ErrorCode.WEBHOOK_NOT_FOUND, () -> rotation.rotate(unknown));
        assertRefused(ErrorCode.WEBHOOK_NOT_FOUND, () -> service.delete(unknown));
        assertEquals(ErrorCode.WEBHOOK_NOT_FOUND, assertThrows(DomainException.class, () -> service.update(
                new UpdateWebhookCommand(unknown, Patch.unchanged(), Patch.unchanged(), Patch.set(true))))
                .errorCode());
    }

    @Test
    void delete_removes_the_subscription() {
        UUID id = subscribe("https://hooks.example.com/in").subscription().id();

        service.delete(id);

        assertEquals(0, subscriptions.size());
        assertThrows(DomainException.class, () -> service.delete(id));
    }
}
