package com.numberinventory.application.service.webhooks;

import com.numberinventory.application.port.out.shared.SecretVault;
import com.numberinventory.application.port.out.webhooks.WebhookDeliveries;
import com.numberinventory.application.port.out.webhooks.WebhookSender;
import com.numberinventory.application.port.out.webhooks.WebhookUrlPolicy;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.application.support.InMemoryTransactions;
import com.numberinventory.application.support.InMemoryWebhookSubscriptions;
import com.numberinventory.application.support.Inventory;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.webhook.DeliveryStatus;
import com.numberinventory.domain.webhook.RetrySchedule;
import com.numberinventory.domain.webhook.WebhookDelivery;
import com.numberinventory.domain.webhook.WebhookSigner;
import com.numberinventory.domain.webhook.WebhookSubscription;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookDispatchServiceTest {

    /** Stored secrets are the plain ones reversed, so a test can tell sealed from plain. */
    private static final SecretVault VAULT = new SecretVault() {
        @Override
        public String seal(String secret) {
            return new StringBuilder(secret).reverse().toString();
        }

        @Override
        public String open(String sealed) {
            return new StringBuilder(sealed).reverse().toString();
        }
    };

    private static final WebhookUrlPolicy POLICY = url -> {
        if (url.contains("169.254.")) {
            throw DomainException.invalidField("url", "must not point at a link-local address");
        }
    };

    private final Inventory.MovableClock clock = new Inventory.MovableClock(Inventory.T0);
    private final InMemoryWebhookSubscriptions subscriptions = new InMemoryWebhookSubscriptions();
    /** No stores to roll back: sends run on several threads, and none of these outcomes fails. */
    private final InMemoryTransactions tx = new InMemoryTransactions();
    private final Queue queue = new Queue();
    private final Map<String, Map<String, String>> sentHeaders = new ConcurrentHashMap<>();
    private Function<String, WebhookSender.Outcome> answer = url -> answered(200);

    private final WebhookSender sender = (url, headers, body) -> {
        sentHeaders.put(url, headers);
        return answer.apply(url);
    };
    private final WebhookDispatchService dispatcher = new WebhookDispatchService(queue, tx, clock,
            new WebhookDispatchService.Settings(10, Duration.ofSeconds(60)),
            new SignedDelivery(sender, POLICY, VAULT, clock, "test-agent"),
            new DeliveryOutcomes(queue, subscriptions, tx, clock,
                    new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofSeconds(30)), 0)));

    private static WebhookSender.Outcome answered(int status) {
        return new WebhookSender.Outcome(Optional.of(status), Optional.empty(), Optional.empty());
    }

    private WebhookDeliveries.Claimed due(String url, int attempt) {
        WebhookSubscription s = new WebhookSubscription(UUID.randomUUID(), url, List.of("*"), Optional.empty(),
                Optional.empty(), true, VAULT.seal("whsec_current"), Optional.of(VAULT.seal("whsec_previous")),
                Optional.of(clock.instant().plusSeconds(60)), clock.instant(), clock.instant());
        subscriptions.insert(s);
        WebhookDeliveries.Claimed c = new WebhookDeliveries.Claimed(UUID.randomUUID(), null, attempt,
                UUID.randomUUID(), "{\"type\":\"number.added\"}", s.id(), url, s.sealedSecret(),
                s.sealedPreviousSecret(), s.previousSecretUntil());
        queue.due.add(c);
        return c;
    }

    @Test
    void a_2xx_marks_the_delivery_delivered_signed_with_both_live_secrets() {
        WebhookDeliveries.Claimed c = due("https://a.example/hook", 1);

        assertEquals(1, dispatcher.dispatchDue());

        assertEquals("delivered 200", queue.marks.get(c.deliveryId()));
        Map<String, String> headers = sentHeaders.get("https://a.example/hook");
        assertEquals(c.eventId().toString(), headers.get("webhook-id"));
        assertEquals("test-agent", headers.get("User-Agent"));
        String expected = WebhookSigner.header(List.of("whsec_current", "whsec_previous"), c.eventId().toString(),
                Long.parseLong(headers.get("webhook-timestamp")), c.envelope().getBytes(StandardCharsets.UTF_8));
        assertEquals(expected, headers.get("webhook-signature"));
        assertEquals(queue.token, queue.tokens.get(c.deliveryId()), "the outcome carries the claim's lease token");
    }

    @Test
    void a_failure_with_attempts_left_is_retried_on_the_schedule_and_the_last_one_is_dead_lettered() {
        answer = url -> answered(503);
        WebhookDeliveries.Claimed first = due("https://a.example/hook", 1);
        WebhookDeliveries.Claimed last = due("https://b.example/hook", 3);

        assertEquals(2, dispatcher.dispatchDue());

        assertEquals("retry HTTP 503 at " + clock.instant().plusSeconds(5), queue.marks.get(first.deliveryId()));
        assertEquals("dead HTTP 503", queue.marks.get(last.deliveryId()));
    }

    @Test
    void a_410_dead_letters_the_delivery_and_disables_the_subscription() {
        answer = url -> answered(410);
        WebhookDeliveries.Claimed c = due("https://a.example/hook", 1);

        dispatcher.dispatchDue();

        assertEquals("dead 410 Gone: subscription disabled", queue.marks.get(c.deliveryId()));
        assertFalse(subscriptions.find(c.subscriptionId()).orElseThrow().enabled());
    }

    @Test
    void a_refused_url_is_never_called_and_a_transport_error_is_recorded_as_the_error() {
        answer = url -> {
            throw new IllegalStateException("connection reset");
        };
        WebhookDeliveries.Claimed refused = due("http://169.254.169.254/latest", 1);
        WebhookDeliveries.Claimed broken = due("https://a.example/hook", 1);

        dispatcher.dispatchDue();

        assertFalse(sentHeaders.containsKey(refused.url()));
        assertTrue(queue.marks.get(refused.deliveryId()).startsWith("retry url refused: "));
        assertTrue(queue.marks.get(broken.deliveryId()).contains("connection reset"));
    }

    @Test
    void nothing_due_sends_nothing() {
        assertEquals(0, dispatcher.dispatchDue());
        assertTrue(sentHeaders.isEmpty());
    }

    /** The due queue: hands out what is due once, and records each outcome as a short line. */
    private static final class Queue implements WebhookDeliveries {
        final List<Claimed> due = new ArrayList<>();
        final Map<UUID, String> marks = new ConcurrentHashMap<>();
        final Map<UUID, UUID> tokens = new ConcurrentHashMap<>();
        UUID token;

        @Override
        public synchronized List<Claimed> claimDue(Instant now, int limit, Instant leaseUntil, UUID leaseToken) {
            token = leaseToken;
            List<Claimed> claimed = due.stream().limit(limit).map(c -> new Claimed(c.deliveryId(), leaseToken,
                    c.attempt(), c.eventId(), c.envelope(), c.subscriptionId(), c.url(), c.sealedSecret(),
                    c.sealedPreviousSecret(), c.previousSecretUntil())).toList();
            due.clear();
            return claimed;
        }

        @Override
        public void markDelivered(UUID deliveryId, UUID leaseToken, int statusCode, Instant at) {
            tokens.put(deliveryId, leaseToken);
            marks.put(deliveryId, "delivered " + statusCode);
        }

        @Override
        public void markRetry(UUID deliveryId, UUID leaseToken, Optional<Integer> statusCode, String error,
                              Instant nextAttemptAt) {
            tokens.put(deliveryId, leaseToken);
            marks.put(deliveryId, "retry " + error + " at " + nextAttemptAt);
        }

        @Override
        public void markDeadLetter(UUID deliveryId, UUID leaseToken, Optional<Integer> statusCode, String error) {
            tokens.put(deliveryId, leaseToken);
            marks.put(deliveryId, "dead " + error);
        }

        @Override
        public Optional<WebhookDelivery> find(UUID deliveryId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<WebhookDelivery> forSubscription(UUID subscriptionId, Optional<DeliveryStatus> status,
                                                     PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void requeue(UUID deliveryId, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<WebhookDelivery> findForUpdate(UUID deliveryId) {
            throw new UnsupportedOperationException();
        }
    }
}
