package com.numberinventory.application.support;

import com.numberinventory.application.port.out.orders.NumberOrders;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.order.NumberOrder;
import com.numberinventory.domain.order.OrderId;
import com.numberinventory.domain.provider.ProviderId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Orders in memory; each read answers a copy, as a database read would. */
public final class InMemoryNumberOrders extends InMemoryRows<OrderId, NumberOrder> implements NumberOrders {

    @Override
    public void add(NumberOrder order) {
        insertNew(order.id(), copy(order), "duplicate order " + order.id());
    }

    @Override
    public Optional<NumberOrder> find(OrderId id) {
        return row(id).map(InMemoryNumberOrders::copy);
    }

    @Override
    public Optional<NumberOrder> findForUpdate(OrderId id) {
        return find(id);
    }

    @Override
    public Optional<NumberOrder> findOpenForUpdate(ProviderId providerId, E164 e164) {
        return rows().filter(o -> o.providerId().equals(providerId))
                .filter(o -> o.lineOf(e164).filter(l -> l.status() == NumberOrder.Status.PENDING).isPresent())
                .findFirst().map(InMemoryNumberOrders::copy);
    }

    @Override
    public void save(NumberOrder order) {
        replaceExisting(order.id(), copy(order), "no order " + order.id());
    }

    @Override
    public Page<NumberOrder> list(PageRequest page) {
        List<NumberOrder> sorted = rows().sorted(Comparator.comparing(o -> o.id().value()))
                .filter(o -> page.after().map(a -> o.id().value().compareTo(a) > 0).orElse(true))
                .limit(page.limit() + 1L).map(InMemoryNumberOrders::copy).toList();
        return Page.of(sorted, page.limit(), o -> o.id().value());
    }

    public static NumberOrder copy(NumberOrder o) {
        return new NumberOrder(o.id(), o.providerId(), o.seriesId(), o.workspaceId(), o.campaignId(),
                o.upstreamOrderId(), o.status(), o.lines(), o.attempts(), o.lastError(), o.createdAt(),
                o.updatedAt());
    }
}
