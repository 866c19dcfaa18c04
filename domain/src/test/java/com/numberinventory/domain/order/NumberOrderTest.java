package com.numberinventory.domain.order;

import com.numberinventory.domain.event.OrderEvent;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.shared.IdSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberOrderTest {

    static final Instant NOW = Instant.parse("2026-06-27T10:00:00Z");
    static final E164 A = E164.parse("e164", "+254700000301");
    static final E164 B = E164.parse("e164", "+254700000302");
    final IdSource ids = UUID::randomUUID;

    private NumberOrder.Placed place(NumberOrder.Line... lines) {
        return NumberOrder.place(new OrderId(UUID.randomUUID()), new ProviderId(UUID.randomUUID()),
                new SeriesId(UUID.randomUUID()), Optional.empty(), Optional.empty(), List.of(lines), ids, NOW);
    }

    private static NumberOrder.Line pending(E164 e164) {
        return NumberOrder.Line.pending(e164, new NumberId(UUID.randomUUID()));
    }

    @Test
    void the_order_is_pending_until_every_line_settles_and_ends_once() {
        NumberOrder.Placed placed = place(pending(A), pending(B));
        NumberOrder order = placed.order();
        assertEquals(List.of(OrderEvent.CREATED), placed.events().stream().map(OrderEvent::kind).toList());

        var first = order.settle(A, NumberOrder.Status.COMPLETED, Optional.empty(), Optional.empty(),
                Optional.empty(), ids, NOW).orElseThrow();
        assertTrue(first.event().isEmpty());
        assertEquals(NumberOrder.Status.PENDING, order.status());

        var second = order.settle(B, NumberOrder.Status.FAILED, Optional.empty(), Optional.of("10007"),
                Optional.of("refused"), ids, NOW).orElseThrow();
        assertEquals(NumberOrder.Status.COMPLETED, order.status());
        OrderEvent completed = second.event().orElseThrow();
        assertEquals(OrderEvent.COMPLETED, completed.kind());
        assertEquals(1, completed.completed());
        assertEquals(1, completed.failed());
    }

    @Test
    void a_settled_line_is_never_settled_again() {
        NumberOrder order = place(pending(A)).order();
        order.settle(A, NumberOrder.Status.COMPLETED, Optional.empty(), Optional.empty(), Optional.empty(), ids, NOW);

        assertTrue(order.settle(A, NumberOrder.Status.FAILED, Optional.empty(), Optional.of("late"),
                Optional.empty(), ids, NOW).isEmpty());
        order.noteIds(A, Optional.of("up-1"), Optional.of("req-1"), NOW);
        assertEquals(NumberOrder.Status.COMPLETED, order.lineOf(A).orElseThrow().status());
        assertEquals(Optional.empty(), order.lineOf(A).orElseThrow().errorCode());
    }

    @Test
    void an_order_whose_every_line_was_refused_at_once_is_failed_from_the_start() {
        NumberOrder.Placed placed = place(NumberOrder.Line.refused(A, "orders.number_in_inventory", "held"));

        assertEquals(NumberOrder.Status.FAILED, placed.order().status());
        assertEquals(List.of(OrderEvent.CREATED, OrderEvent.FAILED),
                placed.events().stream().map(OrderEvent::kind).toList());
    }
}
