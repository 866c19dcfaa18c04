package com.numberinventory.application.port.out.orders;

import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.order.NumberOrder;
import com.numberinventory.domain.order.OrderId;
import com.numberinventory.domain.provider.ProviderId;

import java.util.Optional;

/** Carrier orders and their per-number lines. */
public interface NumberOrders {

    /** Inserts a new order with its lines, in the caller's transaction. */
    void add(NumberOrder order);

    Optional<NumberOrder> find(OrderId id);

    /** Loads the order and locks it until the transaction ends (a webhook and the order's answer queue here). */
    Optional<NumberOrder> findForUpdate(OrderId id);

    /**
     * The open order that has a pending line for this E.164 at this provider, locked: how a provider's webhook
     * finds the order it settles, also when the order's own answer (with the provider's order id) is not stored yet.
     */
    Optional<NumberOrder> findOpenForUpdate(ProviderId providerId, E164 e164);

    /** Writes the order's status, ids, attempts and every line. */
    void save(NumberOrder order);

    /** Orders, oldest first, keyset-paged by id. */
    Page<NumberOrder> list(PageRequest page);
}
