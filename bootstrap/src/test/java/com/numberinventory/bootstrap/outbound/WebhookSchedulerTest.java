package com.numberinventory.bootstrap.outbound;

import com.numberinventory.bootstrap.support.ConfigOverrides;
import com.numberinventory.bootstrap.support.Fixtures;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import com.numberinventory.bootstrap.support.WebhookReceiver;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With the scheduled dispatcher on (as in production), events reach the subscriber without anyone asking. */
@QuarkusTest
@TestProfile(WebhookSchedulerTest.SchedulerOn.class)
@QuarkusTestResource(PostgresTestResource.class)
class WebhookSchedulerTest {

    /** Turns the scheduled dispatcher on, ticking fast. */
    public static class SchedulerOn extends ConfigOverrides {
        public SchedulerOn() {
            super(Map.of("numbers.webhooks.dispatcher.enabled", "true",
                    "numbers.webhooks.dispatcher.interval", "PT0.2S",
                    "numbers.webhooks.dispatcher.initial-delay", "PT0S"));
        }
    }

    @Test
    void the_scheduled_dispatcher_delivers_events_off_the_request_path() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(n -> n == 1 ? 500 : 200)) {
            String workspace = UUID.randomUUID().toString();
            WebhookDeliveryTest.Subscription sub = WebhookDeliveryTest.subscribe(receiver.url(),
                    List.of("number.provisioned", "number.released"), workspace);
            String numberId = Fixtures.numberId(Fixtures.stock(1, "P30D").number(0));
            WebhookDeliveryTest.provision(numberId, workspace);
            WebhookDeliveryTest.release(numberId, workspace);

            Instant deadline = Instant.now().plusSeconds(30);
            while (WebhookDeliveryTest.deliveriesOf(sub.id(), "delivered").size() < 2 && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            assertEquals(2, WebhookDeliveryTest.deliveriesOf(sub.id(), "delivered").size());
            assertEquals(3, receiver.received().size(), "one failure retried, then both delivered");
            assertTrue(receiver.received().stream().allMatch(r -> WebhookReceiver.verifies(sub.secret(), r)));
        }
    }
}
