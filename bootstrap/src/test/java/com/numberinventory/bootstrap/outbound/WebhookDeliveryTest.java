package com.numberinventory.bootstrap.outbound;

import com.numberinventory.adapters.delivery.JdkWebhookSender;
import com.numberinventory.adapters.delivery.ResolvingUrlPolicy;
import com.numberinventory.application.port.in.webhooks.DispatchWebhooksUseCase;
import com.numberinventory.application.port.out.shared.SecretVault;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.application.port.out.webhooks.WebhookDeliveries;
import com.numberinventory.application.port.out.webhooks.WebhookSubscriptions;
import com.numberinventory.application.service.webhooks.DeliveryOutcomes;
import com.numberinventory.application.service.webhooks.SignedDelivery;
import com.numberinventory.application.service.webhooks.WebhookDispatchService;
import com.numberinventory.bootstrap.support.Fixtures;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import com.numberinventory.bootstrap.support.WebhookReceiver;
import com.numberinventory.domain.webhook.RetrySchedule;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Outbound delivery end to end: real domain events, the real queue in PostgreSQL, real HTTP to a receiver in the
 * test. The scheduled job is off in tests ({@code %test.numbers.webhooks.dispatcher.enabled=false}); tests drive
 * the dispatcher directly, with the short test retry schedule (three delays of 0.2 s, no jitter).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class WebhookDeliveryTest {

    @Inject
    DispatchWebhooksUseCase dispatcher;
    @Inject
    WebhookDeliveries deliveries;
    @Inject
    WebhookSubscriptions subscriptions;
    @Inject
    SecretVault vault;
    @Inject
    Transactions tx;
    @Inject
    jakarta.persistence.EntityManager em;

    record Subscription(String id, String secret) {
    }

    static Subscription subscribe(String url, List<String> events, String workspace) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("url", url, "events", events));
        if (workspace != null) {
            body.put("workspace_id", workspace);
        }
        JsonPath created = given().contentType(ContentType.JSON).body(body).post("/v1/webhooks")
                .then().statusCode(201).extract().jsonPath();
        return new Subscription(created.getString("id"), created.getString("secret"));
    }

    static void provision(String numberId, String workspace) {
        given().contentType(ContentType.JSON).body(Map.of("workspace_id", workspace))
                .post("/v1/numbers/" + numberId + "/provision").then().statusCode(200);
    }

    static void release(String numberId, String workspace) {
        given().contentType(ContentType.JSON).body(Map.of("reason", "explicit", "workspace_id", workspace))
                .post("/v1/numbers/" + numberId + "/release").then().statusCode(200);
    }

    static List<Map<String, Object>> deliveriesOf(String subscriptionId, String status) {
        var request = given().queryParam("limit", 500);
        if (status != null) {
            request = request.queryParam("status", status);
        }
        return request.get("/v1/webhooks/" + subscriptionId + "/deliveries").then().statusCode(200)
                .extract().jsonPath().getList("data");
    }

    void dispatchUntil(BooleanSupplier done) {
        dispatchUntil(dispatcher, done);
    }

    static void dispatchUntil(DispatchWebhooksUseCase d, BooleanSupplier done) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            d.dispatchDue();
            if (done.getAsBoolean()) {
                return;
            }
            sleep(100);
        }
        fail("condition not reached within 30 s");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void provisioned_and_released_events_reach_the_subscriber_signed_with_its_secret() {
        try (WebhookReceiver receiver = WebhookReceiver.answering(n -> 200)) {
            String workspace = UUID.randomUUID().toString();
            Subscription sub = subscribe(receiver.url(), List.of("number.provisioned", "number.released"), workspace);
            Fixtures.Stock stock = Fixtures.stock(1, "P30D");
            String numberId = Fixtures.numberId(stock.number(0));
            provision(numberId, workspace);
            release(numberId, workspace);

            dispatchUntil(() -> receiver.received().size() >= 2);
            List<WebhookReceiver.Received> got = receiver.received();
            assertEquals(2, got.size());
            long now = Instant.now().getEpochSecond();
            Map<String, Long> sequences = new java.util.HashMap<>();
            for (WebhookReceiver.Received r : got) {
                assertTrue(WebhookReceiver.verifies(sub.secret(), r), "signature verifies with the subscription secret");
                assertEquals(1, r.header("webhook-signature").split(" ").length);
                assertTrue(r.header("webhook-signature").startsWith("v1,"));
                assertTrue(Math.abs(now - Long.parseLong(r.header("webhook-timestamp"))) < 300);
                assertTrue(r.header("content-type").startsWith("application/json"));
                assertTrue(r.header("user-agent").contains("number-inventory"));
                JsonPath body = new JsonPath(r.bodyText());
                assertEquals(r.header("webhook-id"), body.getString("event_id"));
                assertEquals(workspace, body.getString("workspace_id"));
                assertEquals(numberId, body.getString("data.number_id"));
                assertEquals(stock.number(0), body.getString("data.e164"));
                assertEquals("KE", body.getString("data.country_code"));
                sequences.put(body.getString("kind"), body.getLong("data.sequence"));
                // Added to the envelope: who caused it (here the suite's admin key).
                assertEquals("api_key", body.getString("actor.type"));
                assertTrue(body.getString("actor.id") != null && !body.getString("actor.id").isBlank());
                if (body.getString("kind").equals("number.provisioned")) {
                    assertEquals(stock.seriesId(), body.getString("data.series_id"));
                    assertEquals(List.of("voice", "sms"), body.getList("data.capabilities"));
                } else {
                    assertEquals("explicit", body.getString("data.release_reason"));
                }
            }
            assertEquals(Set.of("number.provisioned", "number.released"), sequences.keySet());
            assertTrue(sequences.get("number.released") > sequences.get("number.provisioned"));

            // The body is the stored envelope, byte for byte.
            for (WebhookReceiver.Received r : got) {
                String stored = tx.inTransaction(() -> (String) em.createNativeQuery(
                                "SELECT envelope::text FROM domain_events WHERE id = cast(?1 AS uuid)")
                        .setParameter(1, r.header("webhook-id")).getSingleResult());
                assertEquals(stored, r.bodyText());
            }
            // ... the same event the number's history shows.
            String provisionedId = got.stream().map(r -> new JsonPath(r.bodyText()))
                    .filter(b -> b.getString("kind").equals("number.provisioned")).findFirst().orElseThrow()
                    .getString("event_id");
            given().get("/v1/numbers/" + numberId + "/events").then().statusCode(200)
                    .body("data.find { it.event_id == '" + provisionedId + "' }.kind", equalTo("number.provisioned"));

            List<Map<String, Object>> delivered = deliveriesOf(sub.id(), "delivered");
            assertEquals(2, delivered.size());
            for (Map<String, Object> d : delivered) {
                assertEquals(1, d.get("attempts"));
                assertEquals(200, d.get("last_status_code"));
                assertNull(d.get("next_attempt_at"));
                assertEquals(sub.id(), d.get("webhook_id"));
            }
            assertTrue(deliveriesOf(sub.id(), "pending").isEmpty());

            // Cursor paging walks every delivery once.
            JsonPath first = given().queryParam("limit", 1).get("/v1/webhooks/" + sub.id() + "/deliveries")
                    .then().statusCode(200).extract().jsonPath();
            String cursor = first.getString("next_cursor");
            assertTrue(cursor != null);
            JsonPath second = given().queryParam("limit", 1).queryParam("cursor", cursor)
                    .get("/v1/webhooks/" + sub.id() + "/deliveries").then().statusCode(200).extract().jsonPath();
            assertNull(second.getString("next_cursor"));
            assertEquals(Set.of(first.getString("data[0].id"), second.getString("data[0].id")),
                    Set.copyOf(delivered.stream().map(d -> (String) d.get("id")).toList()));
        }
    }

    @Test
    void a_subscriber_failing_twice_gets_the_event_on_the_third_attempt() {
        try (WebhookReceiver receiver = WebhookReceiver.answering(n -> n <= 2 ? 503 : 200)) {
            String workspace = UUID.randomUUID().toString();
            Subscription sub = subscribe(receiver.url(), List.of("number.provisioned"), workspace);
            provision(Fixtures.numberId(Fixtures.stock(1, "P30D").number(0)), workspace);

            dispatchUntil(() -> receiver.received().size() >= 1);
            Map<String, Object> failed = deliveriesOf(sub.id(), "pending").get(0);
            assertEquals(1, failed.get("attempts"));
            assertEquals(503, failed.get("last_status_code"));
            assertEquals("HTTP 503", failed.get("last_error"));
            assertTrue(failed.get("next_attempt_at") != null);

            dispatchUntil(() -> deliveriesOf(sub.id(), "delivered").size() == 1);
            Map<String, Object> delivered = deliveriesOf(sub.id(), "delivered").get(0);
            assertEquals(3, delivered.get("attempts"));
            assertEquals(200, delivered.get("last_status_code"));
            assertEquals(3, receiver.received().size());
            assertEquals(1, receiver.received().stream().map(r -> r.header("webhook-id")).distinct().count(),
                    "every attempt carries the same webhook-id, so the subscriber can deduplicate");
            assertTrue(receiver.received().stream().allMatch(r -> WebhookReceiver.verifies(sub.secret(), r)));
        }
    }

    @Test
    void a_delivery_that_keeps_failing_is_dead_lettered_and_an_operator_can_redrive_it() {
        try (WebhookReceiver receiver = WebhookReceiver.answering(n -> 500)) {
            String workspace = UUID.randomUUID().toString();
            Subscription sub = subscribe(receiver.url(), List.of("number.provisioned"), workspace);
            provision(Fixtures.numberId(Fixtures.stock(1, "P30D").number(0)), workspace);

            dispatchUntil(() -> deliveriesOf(sub.id(), "dead_letter").size() == 1);
            Map<String, Object> dead = deliveriesOf(sub.id(), "dead_letter").get(0);
            assertEquals(4, dead.get("attempts"), "first attempt plus one per delay of the test schedule");
            assertEquals(500, dead.get("last_status_code"));
            assertNull(dead.get("next_attempt_at"));
            assertEquals(4, receiver.received().size());
            String deliveryId = (String) dead.get("id");

            receiver.answer(n -> 204);
            given().post("/v1/webhook-deliveries/" + deliveryId + "/retry").then().statusCode(200)
                    .body("status", equalTo("pending")).body("attempts", equalTo(0));
            dispatchUntil(() -> deliveriesOf(sub.id(), "delivered").size() == 1);
            assertEquals(5, receiver.received().size());
            given().get("/v1/webhook-deliveries/" + deliveryId).then().statusCode(200)
                    .body("status", equalTo("delivered")).body("last_status_code", equalTo(204))
                    .body("last_error", equalTo(null));

            given().post("/v1/webhook-deliveries/" + deliveryId + "/retry").then().statusCode(409)
                    .body("code", equalTo("webhooks.delivery_not_retryable"));
        }
    }

    @Test
    void a_redirect_is_a_failure_and_gone_disables_the_subscription() {
        try (WebhookReceiver receiver = WebhookReceiver.answering(n -> n == 1 ? 302 : 410)) {
            receiver.withHeaders(Map.of("Location", "http://127.0.0.1:1/elsewhere"));
            String workspace = UUID.randomUUID().toString();
            Subscription sub = subscribe(receiver.url(), List.of("number.provisioned", "number.released"), workspace);
            String numberId = Fixtures.numberId(Fixtures.stock(1, "P30D").number(0));
            provision(numberId, workspace);

            dispatchUntil(() -> receiver.received().size() >= 1);
            assertEquals(302, deliveriesOf(sub.id(), "pending").get(0).get("last_status_code"));

            dispatchUntil(() -> deliveriesOf(sub.id(), "dead_letter").size() == 1);
            assertEquals(410, deliveriesOf(sub.id(), "dead_letter").get(0).get("last_status_code"));
            given().get("/v1/webhooks/" + sub.id()).then().statusCode(200).body("enabled", equalTo(false));

            // A disabled subscription is not queued for new events.
            release(numberId, workspace);
            assertEquals(1, deliveriesOf(sub.id(), null).size());
        }
    }

    @Test
    void retry_after_from_the_subscriber_sets_the_next_attempt() {
        try (WebhookReceiver receiver = WebhookReceiver.answering(n -> 429)) {
            receiver.withHeaders(Map.of("Retry-After", "120"));
            String workspace = UUID.randomUUID().toString();
            Subscription sub = subscribe(receiver.url(), List.of("number.provisioned"), workspace);
            provision(Fixtures.numberId(Fixtures.stock(1, "P30D").number(0)), workspace);

            dispatchUntil(() -> receiver.received().size() >= 1);
            Map<String, Object> pending = deliveriesOf(sub.id(), "pending").get(0);
            Instant next = Instant.parse((String) pending.get("next_attempt_at"));
            Instant last = Instant.parse((String) pending.get("last_attempt_at"));
            Duration wait = Duration.between(last, next);
            assertTrue(wait.compareTo(Duration.ofSeconds(115)) > 0 && wait.compareTo(Duration.ofSeconds(125)) < 0,
                    "waits about 120 s, not the 0.2 s schedule: " + wait);
            given().delete("/v1/webhooks/" + sub.id()).then().statusCode(204);
        }
    }

    @Test
    void after_a_secret_rotation_deliveries_carry_signatures_of_both_secrets() {
        try (WebhookReceiver receiver = WebhookReceiver.answering(n -> 200)) {
            String workspace = UUID.randomUUID().toString();
            Subscription sub = subscribe(receiver.url(), List.of("number.provisioned"), workspace);
            String newSecret = given().post("/v1/webhooks/" + sub.id() + "/rotate-secret").then().statusCode(200)
                    .extract().path("secret");
            assertNotEquals(sub.secret(), newSecret);
            provision(Fixtures.numberId(Fixtures.stock(1, "P30D").number(0)), workspace);

            dispatchUntil(() -> receiver.received().size() >= 1);
            WebhookReceiver.Received r = receiver.received().get(0);
            String[] signatures = r.header("webhook-signature").split(" ");
            assertEquals(2, signatures.length);
            assertEquals(WebhookReceiver.signature(newSecret, r.header("webhook-id"), r.header("webhook-timestamp"),
                    r.body()), signatures[0], "the new secret signs first");
            assertEquals(WebhookReceiver.signature(sub.secret(), r.header("webhook-id"), r.header("webhook-timestamp"),
                    r.body()), signatures[1], "the old secret still signs during the overlap");
        }
    }

    @Test
    void two_dispatchers_racing_over_the_queue_send_each_delivery_once() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(n -> {
            sleep(5);
            return 200;
        })) {
            Subscription sub = subscribe(receiver.url(), List.of("number.added"), null);
            try {
                Fixtures.stock(120, "P30D");
                WebhookDispatchService.Settings settings = new WebhookDispatchService.Settings(7,
                        Duration.ofSeconds(60));
                RetrySchedule schedule = new RetrySchedule(List.of(Duration.ofMillis(200)), 0);
                java.util.concurrent.atomic.AtomicInteger byFirst = new java.util.concurrent.atomic.AtomicInteger();
                java.util.concurrent.atomic.AtomicInteger bySecond = new java.util.concurrent.atomic.AtomicInteger();
                WebhookDispatchService firstService = dispatcherFor(settings, schedule);
                WebhookDispatchService secondService = dispatcherFor(settings, schedule);
                DispatchWebhooksUseCase first = () -> byFirst.addAndGet(firstService.dispatchDue());
                DispatchWebhooksUseCase second = () -> bySecond.addAndGet(secondService.dispatchDue());
                try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
                    Future<?> a = pool.submit(() -> dispatchUntil(first, () -> receiver.received().size() >= 120));
                    Future<?> b = pool.submit(() -> dispatchUntil(second, () -> receiver.received().size() >= 120));
                    a.get();
                    b.get();
                }
                first.dispatchDue();
                second.dispatchDue();
                List<String> ids = receiver.received().stream().map(r -> r.header("webhook-id")).toList();
                assertEquals(120, ids.size());
                assertEquals(120, new HashSet<>(ids).size(), "no event was sent twice");
                assertTrue(byFirst.get() > 0 && bySecond.get() > 0,
                        "both dispatchers took a share: " + byFirst + " / " + bySecond);
                assertEquals(120, deliveriesOf(sub.id(), "delivered").size());
                assertTrue(deliveriesOf(sub.id(), "delivered").stream().allMatch(d -> d.get("attempts").equals(1)));
            } finally {
                given().delete("/v1/webhooks/" + sub.id()).then().statusCode(204);
            }
        }
    }

    @Test
    void pending_and_in_flight_deliveries_survive_a_restart_and_are_delivered_afterwards() {
        int port = WebhookReceiver.freePort();
        String workspace = UUID.randomUUID().toString();
        Subscription sub = subscribe("http://127.0.0.1:" + port + "/hooks", List.of("number.provisioned"), workspace);
        Fixtures.Stock stock = Fixtures.stock(2, "P30D");

        // The subscriber is down: the first event fails and waits for its retry.
        provision(Fixtures.numberId(stock.number(0)), workspace);
        dispatchUntil(() -> deliveriesOf(sub.id(), "pending").get(0).get("last_error") != null);

        // A dispatcher claims the second event (and the first, now due again) and dies before sending.
        provision(Fixtures.numberId(stock.number(1)), workspace);
        sleep(300);
        Instant now = Instant.now();
        List<WebhookDeliveries.Claimed> claimed = tx.inTransaction(
                () -> deliveries.claimDue(now, 500, now.plusSeconds(2), UUID.randomUUID()));
        assertTrue(claimed.stream().filter(c -> c.subscriptionId().toString().equals(sub.id())).count() == 2);

        // "Restart": new sender and dispatcher objects; only the rows in the database carry over.
        WebhookDispatchService restarted = dispatcherFor(new WebhookDispatchService.Settings(50,
                Duration.ofSeconds(60)), new RetrySchedule(List.of(Duration.ofMillis(200), Duration.ofMillis(200),
                Duration.ofMillis(200)), 0));
        try (WebhookReceiver receiver = WebhookReceiver.onPort(port, n -> 200)) {
            restarted.dispatchDue();
            assertTrue(receiver.received().isEmpty(), "leased rows are not sent while the lease runs");
            dispatchUntil(restarted, () -> deliveriesOf(sub.id(), "delivered").size() == 2);
            assertEquals(2, receiver.received().stream().map(r -> r.header("webhook-id")).distinct().count());
            assertTrue(receiver.received().stream().allMatch(r -> WebhookReceiver.verifies(sub.secret(), r)));
            assertFalse(deliveriesOf(sub.id(), "pending").iterator().hasNext());
        }
    }

    private WebhookDispatchService dispatcherFor(WebhookDispatchService.Settings settings, RetrySchedule schedule) {
        Clock clock = Clock.systemUTC();
        return new WebhookDispatchService(deliveries, tx, clock, settings,
                new SignedDelivery(new JdkWebhookSender(Duration.ofSeconds(10)), new ResolvingUrlPolicy(true), vault,
                        clock, "test"),
                new DeliveryOutcomes(deliveries, subscriptions, tx, clock, schedule));
    }
}
