package com.numberinventory.application.service.orders;

import com.numberinventory.application.port.in.numbers.DigitPatterns;
import com.numberinventory.application.port.in.orders.OrderUseCase.PlaceOrderCommand;
import com.numberinventory.application.port.in.webhooks.ProviderCommand;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi.NumberResult;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi.OrderPlacement;
import com.numberinventory.application.port.out.providers.upstream.ProviderRejectedException;
import com.numberinventory.application.port.out.providers.upstream.ProviderUnavailableException;
import com.numberinventory.application.port.out.providers.upstream.UpstreamOffer;
import com.numberinventory.application.support.FakeProviderNumberApi;
import com.numberinventory.application.support.Inventory;
import com.numberinventory.domain.event.DomainEvent;
import com.numberinventory.domain.number.Capabilities;
import com.numberinventory.domain.number.Capability;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberStatus;
import com.numberinventory.domain.order.NumberOrder;
import com.numberinventory.domain.provider.ProviderKind;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderServiceTest {

    final Inventory inv = new Inventory();
    final FakeProviderNumberApi provider = new FakeProviderNumberApi().withAccount(inv.provider, ProviderKind.TELNYX);
    final OrderService service = new OrderService(inv.orders, inv.orderSettlement, provider, provider,
            inv.transactions, inv.clock);
    final Series series = inv.sellableSeries(Duration.ofDays(30));
    static final E164 A = E164.parse("e164", "+254700000101");
    static final E164 B = E164.parse("e164", "+254700000102");

    private PlaceOrderCommand listed(E164... numbers) {
        return new PlaceOrderCommand(inv.provider, series.id(), List.of(numbers), Optional.empty(),
                DigitPatterns.none(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private void noOffers(int times) {
        for (int i = 0; i < times; i++) {
            provider.searches.add(List::of);
        }
    }

    private static NumberResult result(E164 e164, NumberResult.Outcome outcome, String code) {
        return new NumberResult(e164, outcome, Optional.empty(), Optional.ofNullable(code),
                Optional.ofNullable(code).map(c -> "refused: " + c));
    }

    private NumberStatus statusOf(E164 e164) {
        return inv.numbers.findByE164(e164).orElseThrow().status();
    }

    private List<String> orderEventKinds() {
        return inv.orderEvents.stream().map(DomainEvent::kind).toList();
    }

    @Test
    void a_synchronous_claim_makes_the_numbers_available_and_partial_failures_keep_the_providers_code() {
        noOffers(2);
        provider.placements.add(() -> new OrderPlacement(Optional.empty(), List.of(
                result(A, NumberResult.Outcome.COMPLETED, null),
                result(B, NumberResult.Outcome.FAILED, "numbers.already_claimed"))));

        NumberOrder order = service.place(listed(A, B));

        assertEquals(NumberOrder.Status.COMPLETED, order.status());
        assertEquals(NumberStatus.AVAILABLE, statusOf(A));
        assertTrue(inv.numbers.findByE164(B).isEmpty(), "the refused number is retired");
        assertEquals(Optional.of("numbers.already_claimed"), order.lineOf(B).orElseThrow().errorCode());
        assertEquals(List.of("order.created", "order.completed"), orderEventKinds());
        assertEquals(order.id().toString(), provider.orders.getFirst().reference());
    }

    @Test
    void the_webhook_completes_a_pending_order_and_provisions_to_the_orders_workspace() {
        noOffers(1);
        provider.placements.add(() -> new OrderPlacement(Optional.of("telnyx-order-1"), List.of(
                result(A, NumberResult.Outcome.PENDING, null))));
        PlaceOrderCommand command = new PlaceOrderCommand(inv.provider, series.id(), List.of(A), Optional.empty(),
                DigitPatterns.none(), Optional.empty(), Optional.of(Inventory.ALICE), Optional.empty());

        NumberOrder order = service.place(command);
        assertEquals(NumberOrder.Status.PENDING, order.status());
        assertEquals(Optional.of("telnyx-order-1"), order.upstreamOrderId());
        assertEquals(NumberStatus.PENDING, statusOf(A));

        inv.receive.receive(delivery(new ProviderCommand.AcquireNumber(A,
                Optional.empty(), false, new ProviderCommand.SeriesChoice.ByReference(Optional.empty()))));

        assertEquals(NumberStatus.ASSIGNED, statusOf(A));
        assertEquals(Optional.of(Inventory.ALICE), inv.numbers.findByE164(A).orElseThrow().workspaceId());
        assertEquals(NumberOrder.Status.COMPLETED, service.get(order.id()).status());
    }

    @Test
    void a_webhook_before_the_orders_answer_is_stored_still_settles_it() {
        noOffers(1);
        provider.placements.add(() -> {
            // The provider acts and its webhook lands before placeOrder returns.
            inv.receive.receive(delivery(new ProviderCommand.AcquireNumber(A, Optional.empty(), false,
                    new ProviderCommand.SeriesChoice.ByReference(Optional.empty()))));
            return new OrderPlacement(Optional.of("telnyx-order-2"), List.of(
                    result(A, NumberResult.Outcome.PENDING, null)));
        });

        NumberOrder order = service.place(listed(A));

        assertEquals(NumberOrder.Status.COMPLETED, order.status());
        assertEquals(NumberStatus.AVAILABLE, statusOf(A));
        assertEquals(Optional.of("telnyx-order-2"), order.upstreamOrderId());
    }

    @Test
    void a_timeout_keeps_the_order_pending_and_a_retry_resends_the_same_reference() {
        noOffers(1);
        provider.placements.add(() -> {
            throw new ProviderUnavailableException(ProviderUnavailableException.Reason.TIMEOUT, "timed out");
        });

        NumberOrder order = service.place(listed(A));
        assertEquals(NumberOrder.Status.PENDING, order.status());
        assertTrue(order.lastError().orElseThrow().startsWith("provider.unavailable"));
        assertEquals(NumberStatus.PENDING, statusOf(A));

        provider.placements.add(() -> new OrderPlacement(Optional.empty(), List.of(
                result(A, NumberResult.Outcome.COMPLETED, null))));
        NumberOrder retried = service.retry(order.id());

        assertEquals(NumberOrder.Status.COMPLETED, retried.status());
        assertEquals(2, retried.attempts());
        assertEquals(provider.orders.get(0).reference(), provider.orders.get(1).reference());
        DomainException again = assertThrows(DomainException.class, () -> service.retry(order.id()));
        assertEquals(ErrorCode.ORDER_NOT_RETRYABLE, again.errorCode());
    }

    @Test
    void a_refusal_of_the_whole_order_fails_every_number_with_the_providers_code() {
        noOffers(1);
        provider.placements.add(() -> {
            throw new ProviderRejectedException("wallet.insufficient_funds", "no money");
        });

        NumberOrder order = service.place(listed(A));

        assertEquals(NumberOrder.Status.FAILED, order.status());
        assertEquals(Optional.of("wallet.insufficient_funds"), order.lineOf(A).orElseThrow().errorCode());
        assertTrue(inv.numbers.findByE164(A).isEmpty());
        assertEquals(List.of("order.created", "order.failed"), orderEventKinds());
    }

    @Test
    void a_quantity_order_takes_the_providers_offer_with_its_ids() {
        provider.searches.add(() -> List.of(
                new UpstreamOffer(A, Optional.of("sk-1"), Capabilities.of(Capability.VOICE), Optional.empty(),
                        Optional.empty(), Optional.empty()),
                new UpstreamOffer(B, Optional.of("sk-2"), Capabilities.of(Capability.VOICE), Optional.empty(),
                        Optional.empty(), Optional.empty())));
        provider.placements.add(() -> new OrderPlacement(Optional.empty(), List.of(
                result(A, NumberResult.Outcome.COMPLETED, null))));

        NumberOrder order = service.place(new PlaceOrderCommand(inv.provider, series.id(), List.of(),
                Optional.of(1), new DigitPatterns(Optional.of("2547"), Optional.empty(), Optional.empty()),
                Optional.of(Capability.VOICE), Optional.empty(), Optional.empty()));

        assertEquals(1, order.lines().size());
        assertEquals(Optional.of("sk-1"), provider.orders.getFirst().numbers().getFirst().upstreamId());
        assertEquals(Optional.of("2547"), provider.queries.getFirst().startsWith());
    }

    @Test
    void a_number_already_in_the_inventory_fails_its_line_and_an_order_of_nothing_new_is_failed_without_a_call() {
        inv.availableNumber(series, A.value());
        noOffers(1);

        NumberOrder order = service.place(listed(A));

        assertEquals(NumberOrder.Status.FAILED, order.status());
        assertEquals(Optional.of("orders.number_in_inventory"), order.lineOf(A).orElseThrow().errorCode());
        assertTrue(provider.orders.isEmpty());
    }

    @Test
    void an_unknown_order_is_not_found() {
        DomainException e = assertThrows(DomainException.class, () -> service.get(
                new com.numberinventory.domain.order.OrderId(java.util.UUID.randomUUID())));
        assertEquals(ErrorCode.ORDER_NOT_FOUND, e.errorCode());
    }

    private com.numberinventory.application.port.in.webhooks.ReceiveProviderDeliveryUseCase.InboundDelivery delivery(
            ProviderCommand command) {
        return new com.numberinventory.application.port.in.webhooks.ReceiveProviderDeliveryUseCase.InboundDelivery(
                inv.provider, ProviderKind.TELNYX, "evt-" + java.util.UUID.randomUUID(), "number_order.complete",
                "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8), java.util.Map.of(), "/webhooks/telnyx",
                List.of(command));
    }
}
