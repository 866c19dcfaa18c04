package com.numberinventory.application.service.providers;

import com.numberinventory.application.port.in.numbers.ProvisionNumberUseCase.ProvisionNumberCommand;
import com.numberinventory.application.port.in.webhooks.ProviderCommand;
import com.numberinventory.application.port.in.webhooks.ProviderDelivery;
import com.numberinventory.application.port.in.webhooks.ProviderDelivery.CommandOutcome;
import com.numberinventory.application.port.in.webhooks.ProviderDelivery.Status;
import com.numberinventory.application.port.in.webhooks.ReceiveProviderDeliveryUseCase.InboundDelivery;
import com.numberinventory.application.port.in.webhooks.ReceiveProviderDeliveryUseCase.Outcome;
import com.numberinventory.application.support.Inventory;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.NumberState;
import com.numberinventory.domain.number.NumberStatus;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.number.ReleaseReason;
import com.numberinventory.domain.provider.ProviderKind;
import com.numberinventory.domain.rental.Rental;
import com.numberinventory.domain.series.Series;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.numberinventory.application.support.Inventory.ALICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A provider delivery is recorded once per dedupe key and its commands go through the same paths as the API. */
class ReceiveProviderDeliveryServiceTest {

    private final Inventory inventory = new Inventory();
    private final Series series = inventory.sellableSeries(Duration.ofDays(30));

    private InboundDelivery delivery(String key, ProviderCommand... commands) {
        return new InboundDelivery(inventory.provider, ProviderKind.SAUTIKIT, key, "number.provisioned",
                "{}".getBytes(StandardCharsets.UTF_8), Map.of(), "/webhooks/sautikit", List.of(commands));
    }

    private static ProviderCommand.AcquireNumber acquire(String e164, String seriesRef) {
        return new ProviderCommand.AcquireNumber(E164.parse("e164", e164), Optional.empty(), false,
                new ProviderCommand.SeriesChoice.ByReference(Optional.of(seriesRef)));
    }

    @Test
    void an_acquired_number_enters_the_inventory_in_the_named_series() {
        Outcome outcome = inventory.receive.receive(delivery("evt-1", acquire("+254700000100",
                series.id().toString())));

        assertEquals(Status.APPLIED, outcome.status());
        PhoneNumber added = inventory.numbers.findByE164(E164.parse("e164", "+254700000100")).orElseThrow();
        assertEquals(series.id(), added.seriesId());
        assertEquals(NumberStatus.AVAILABLE, added.status());
        assertEquals(List.of("number.added"), inventory.numbers.eventKinds());
    }

    @Test
    void a_duplicate_delivery_is_counted_and_changes_nothing() {
        inventory.receive.receive(delivery("evt-1", acquire("+254700000100", series.id().toString())));

        Outcome again = inventory.receive.receive(delivery("evt-1", acquire("+254700000101",
                series.id().toString())));

        assertTrue(again.duplicate());
        assertEquals(Status.APPLIED, again.status());
        assertTrue(inventory.numbers.findByE164(E164.parse("e164", "+254700000101")).isEmpty());
        assertEquals(1, inventory.deliveries.only().duplicateCount());
    }

    @Test
    void a_number_already_held_is_ignored_with_the_reason() {
        inventory.availableNumber(series, "+254700000100");

        Outcome outcome = inventory.receive.receive(delivery("evt-1", acquire("+254700000100",
                series.id().toString())));

        assertEquals(Status.IGNORED, outcome.status());
        ProviderDelivery.CommandResult result = inventory.deliveries.only().results().get(0);
        assertEquals(CommandOutcome.IGNORED, result.outcome());
        assertTrue(result.detail().contains("already in the inventory"), result.detail());
    }

    @Test
    void a_provider_release_ends_the_rental_as_provider_released_then_retires_the_number() {
        NumberId id = inventory.availableNumber(series, "+254700000100");
        inventory.provision.provision(new ProvisionNumberCommand(id, ALICE));

        inventory.receive.receive(delivery("evt-2", new ProviderCommand.ReleaseAndRetire(
                E164.parse("e164", "+254700000100"), "ported out")));

        assertInstanceOf(NumberState.Retired.class, inventory.numbers.stored(id).state());
        Rental rental = inventory.numbers.rentals().values().iterator().next();
        assertEquals(ReleaseReason.PROVIDER_RELEASED, rental.releaseReason());
        assertEquals(List.of("number.added", "number.provisioned", "number.released", "number.retired"),
                inventory.numbers.eventKinds());
    }

    @Test
    void a_delivery_that_fails_unexpectedly_is_rolled_back_and_recorded_as_failed_then_replayed() {
        ProviderCommand.AcquireNumber good = acquire("+254700000100", series.id().toString());
        ProviderCommand.AcquireNumber broken = new ProviderCommand.AcquireNumber(E164.parse("e164", "+254700000101"),
                Optional.empty(), false, new ProviderCommand.SeriesChoice.ByExternalRef("breaks-the-catalog"));
        inventory.catalog.breakLookupsOf("breaks-the-catalog");

        Outcome outcome = inventory.receive.receive(delivery("evt-3", good, broken));

        assertEquals(Status.FAILED, outcome.status());
        assertEquals(Status.FAILED, inventory.deliveries.only().status());
        assertTrue(inventory.numbers.findByE164(E164.parse("e164", "+254700000100")).isEmpty(),
                "the first command was rolled back with the delivery");

        inventory.retranslated = List.of(good);
        Outcome replayed = inventory.receive.replay(outcome.deliveryId());
        assertEquals(Status.APPLIED, replayed.status());
        assertFalse(inventory.numbers.findByE164(E164.parse("e164", "+254700000100")).isEmpty());
    }
}
