package com.numberinventory.application.service.orders;

import com.numberinventory.application.port.out.numbers.EventLog;
import com.numberinventory.application.port.out.numbers.PhoneNumbers;
import com.numberinventory.application.port.out.orders.NumberOrders;
import com.numberinventory.application.port.out.series.SeriesCatalog;
import com.numberinventory.domain.event.NumberEvent;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.NumberState;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.order.NumberOrder;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.IdSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Settles an order's numbers in the caller's transaction: a completed number is activated (pending → available)
 * and, when the order names a workspace, provisioned to it; a refused number is retired with the provider's code.
 * Used by the order's own answer and by the provider's webhooks (matched by provider and E.164).
 */
public record OrderSettlement(NumberOrders orders, PhoneNumbers numbers, SeriesCatalog catalog, EventLog events,
                              IdSource ids) {

    /** A number to order and the provider's own id for it, when its offer gave one. */
    record Wanted(E164 e164, Optional<String> upstreamId) {
    }

    /**
     * Stores a new order: each number enters the inventory pending in the order's series (a number already in the
     * inventory, or that the series does not admit, is a failed line); appends {@code order.created}.
     */
    NumberOrder admit(com.numberinventory.domain.order.OrderId id, Series series,
                      com.numberinventory.application.port.in.orders.OrderUseCase.PlaceOrderCommand command,
                      List<Wanted> wanted, Instant now) {
        List<NumberOrder.Line> lines = new ArrayList<>();
        List<PhoneNumber.Added> added = new ArrayList<>();
        for (Wanted w : wanted) {
            if (lines.stream().anyMatch(l -> l.e164().equals(w.e164()))) {
                continue;
            }
            if (numbers.findByE164(w.e164()).isPresent()) {
                lines.add(NumberOrder.Line.refused(w.e164(), "orders.number_in_inventory",
                        w.e164() + " is already in the inventory"));
                continue;
            }
            try {
                PhoneNumber.Added a = PhoneNumber.acquire(series, new NumberId(ids.next()), w.e164(),
                        series.capabilities(), true, ids, now);
                added.add(a);
                NumberOrder.Line pending = NumberOrder.Line.pending(w.e164(), a.number().id());
                lines.add(new NumberOrder.Line(pending.e164(), pending.status(), pending.numberId(), w.upstreamId(),
                        Optional.empty(), Optional.empty(), Optional.empty()));
            } catch (DomainException e) {
                lines.add(NumberOrder.Line.refused(w.e164(), e.errorCode().code(), e.getMessage()));
            }
        }
        java.util.Set<NumberId> stored = numbers.add(added);
        List<NumberOrder.Line> settledLines = lines.stream().map(l -> l.numberId().isPresent()
                && !stored.contains(l.numberId().get())
                ? NumberOrder.Line.refused(l.e164(), "orders.number_in_inventory", l.e164()
                        + " is already in the inventory") : l).toList();
        NumberOrder.Placed placed = NumberOrder.place(id, command.providerId(), series.id(), command.workspaceId(),
                command.campaignId(), settledLines, ids, now);
        orders.add(placed.order());
        events.append(placed.events());
        return placed.order();
    }

    /** A provider's webhook says the number is ours now (or refused); false when no open order waits for it. */
    public Optional<String> settleFromProvider(ProviderId providerId, E164 e164, boolean completed,
                                               Optional<String> errorCode, Optional<String> detail, Instant now) {
        Optional<NumberOrder> open = orders.findOpenForUpdate(providerId, e164);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        NumberOrder order = open.get();
        Optional<String> done = completed
                ? complete(order, e164, Optional.empty(), now)
                : fail(order, e164, errorCode.orElse("provider.refused"), detail.orElse("refused by the provider"),
                        now);
        orders.save(order);
        return done.map(d -> "order " + order.id() + ": " + d);
    }

    /** Settles the line as completed (if still pending); answers what was done. */
    Optional<String> complete(NumberOrder order, E164 e164, Optional<String> upstreamId, Instant now) {
        Optional<NumberOrder.Line> line = order.lineOf(e164).filter(l -> l.status() == NumberOrder.Status.PENDING);
        if (line.isEmpty()) {
            return Optional.empty();
        }
        String detail = line.get().numberId().map(id -> activate(order, id, now)).orElse("ordered");
        order.settle(e164, NumberOrder.Status.COMPLETED, upstreamId, Optional.empty(), Optional.of(detail), ids, now)
                .flatMap(NumberOrder.Settlement::event).ifPresent(events::append);
        return Optional.of(detail);
    }

    /** Settles the line as failed with the provider's code (if still pending); the pending number is retired. */
    Optional<String> fail(NumberOrder order, E164 e164, String code, String detail, Instant now) {
        Optional<NumberOrder.Line> line = order.lineOf(e164).filter(l -> l.status() == NumberOrder.Status.PENDING);
        if (line.isEmpty()) {
            return Optional.empty();
        }
        line.get().numberId().ifPresent(id -> {
            PhoneNumber n = numbers.getForUpdate(id);
            if (n.state() instanceof NumberState.Pending) {
                numbers.save(n, List.of(n.retire("order " + order.id() + " failed: " + code, ids, now)));
            }
        });
        order.settle(e164, NumberOrder.Status.FAILED, Optional.empty(), Optional.of(code), Optional.of(detail), ids,
                now).flatMap(NumberOrder.Settlement::event).ifPresent(events::append);
        return Optional.of("failed: " + code);
    }

    private String activate(NumberOrder order, NumberId id, Instant now) {
        PhoneNumber n = numbers.getForUpdate(id);
        List<NumberEvent> changes = new ArrayList<>();
        if (n.state() instanceof NumberState.Pending) {
            changes.add(n.activate(ids, now));
        }
        String detail = "available";
        if (order.workspaceId().isPresent() && n.state() instanceof NumberState.Available) {
            Optional<Series> series = catalog.findById(n.seriesId());
            try {
                if (series.isEmpty()) {
                    throw new DomainException(com.numberinventory.domain.shared.ErrorCode.SERIES_NOT_FOUND,
                            "the series is gone");
                }
                changes.add(n.provision(order.workspaceId().get(), series.get(), ids, now));
                detail = "provisioned to workspace " + order.workspaceId().get();
            } catch (DomainException e) {
                detail = "available; not provisioned (" + e.errorCode().code() + "): " + e.getMessage();
            }
        }
        if (!changes.isEmpty()) {
            numbers.save(n, changes);
        }
        return detail;
    }
}
