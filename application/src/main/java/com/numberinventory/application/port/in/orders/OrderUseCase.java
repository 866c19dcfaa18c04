package com.numberinventory.application.port.in.orders;

import com.numberinventory.application.port.in.numbers.DigitPatterns;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.number.Capability;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.order.NumberOrder;
import com.numberinventory.domain.order.OrderId;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.shared.WorkspaceId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Ordering numbers from a provider. The order and its numbers (pending in the inventory) are stored first; then the
 * provider is called outside any transaction with the order id as its idempotency / reference field; its answer,
 * or later its webhook, settles each number. A provider that is unreachable leaves the order pending:
 * {@link #retry} sends the same reference again.
 */
public interface OrderUseCase {

    /** What to order: either {@code e164s}, or {@code quantity} numbers of the provider's offer matching the criteria. */
    record PlaceOrderCommand(ProviderId providerId, SeriesId seriesId, List<E164> e164s, Optional<Integer> quantity,
                             DigitPatterns patterns, Optional<Capability> capability,
                             Optional<WorkspaceId> workspaceId, Optional<String> campaignId) {
        public PlaceOrderCommand {
            Objects.requireNonNull(providerId, "providerId");
            Objects.requireNonNull(seriesId, "seriesId");
            e164s = e164s == null ? List.of() : List.copyOf(e164s);
            quantity = quantity == null ? Optional.empty() : quantity;
            patterns = patterns == null ? DigitPatterns.none() : patterns;
            capability = capability == null ? Optional.empty() : capability;
            workspaceId = workspaceId == null ? Optional.empty() : workspaceId;
            campaignId = campaignId == null ? Optional.empty() : campaignId;
        }
    }

    NumberOrder place(PlaceOrderCommand command);

    /** {@code orders.not_found} when there is none. */
    NumberOrder get(OrderId id);

    Page<NumberOrder> list(PageRequest page);

    /** Sends a pending order's pending numbers again with the same reference; {@code orders.not_retryable} once settled. */
    NumberOrder retry(OrderId id);
}
