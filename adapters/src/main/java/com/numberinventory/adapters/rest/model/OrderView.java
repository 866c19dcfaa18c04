package com.numberinventory.adapters.rest.model;

import com.numberinventory.adapters.rest.support.Times;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.order.NumberOrder;
import com.numberinventory.domain.shared.WorkspaceId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A carrier order with its per-number results. */
@Schema(name = "Order")
public record OrderView(
        @Schema(example = "01900000-0000-7000-8000-0000000000d1",
                description = "Also the reference sent to the provider (idempotency key / customer_reference)")
        String id,
        @Schema(example = "01900000-0000-7000-8000-0000000000b1") String providerId,
        @Schema(example = "01900000-0000-7000-8000-0000000000a1") String seriesId,
        @Schema(nullable = true, example = "01900000-0000-7000-8000-000000000002") String workspaceId,
        @Schema(nullable = true, example = "C1A2B3C") String campaignId,
        @Schema(example = "pending", enumeration = {"pending", "completed", "failed"},
                description = "pending while any number is; completed when at least one number was ordered; "
                        + "failed when every number was refused") String status,
        @Schema(nullable = true, example = "b2f1c3d4-5e6f-4a1b-9c8d-7e6f5a4b3c2d",
                description = "The provider's own order or request id") String upstreamOrderId,
        @Schema(example = "1", description = "Calls made to the provider (POST .../retry adds one)") int attempts,
        @Schema(nullable = true, example = "provider.unavailable: telnyx POST /v2/number_orders timed out",
                description = "Why the last call did not answer (the order stays pending; retry it)")
        String lastError,
        List<Line> numbers,
        @Schema(example = "2026-09-01T10:00:00.000Z") String createdAt,
        @Schema(example = "2026-09-01T10:00:00.250Z") String updatedAt) {

    @Schema(name = "OrderNumber")
    public record Line(
            @Schema(example = "+254700000101") String e164,
            @Schema(example = "completed", enumeration = {"pending", "completed", "failed"}) String status,
            @Schema(nullable = true, example = "01900000-0000-7000-8000-0000000000c1",
                    description = "The number in the inventory") String numberId,
            @Schema(nullable = true, example = "numbers.already_claimed",
                    description = "The provider's error code when it refused this number") String errorCode,
            @Schema(nullable = true, example = "provisioned to workspace 01900000-0000-7000-8000-000000000002")
            String detail) {
    }

    @Schema(name = "OrderList")
    public record ListView(List<OrderView> data, @Schema(nullable = true) String nextCursor) {
    }

    public static OrderView of(NumberOrder o) {
        return new OrderView(o.id().toString(), o.providerId().toString(), o.seriesId().toString(),
                o.workspaceId().map(WorkspaceId::toString).orElse(null), o.campaignId().orElse(null),
                o.status().wireName(), o.upstreamOrderId().orElse(null), o.attempts(), o.lastError().orElse(null),
                o.lines().stream().map(l -> new Line(l.e164().value(), l.status().wireName(),
                        l.numberId().map(NumberId::toString).orElse(null), l.errorCode().orElse(null),
                        l.detail().orElse(null))).toList(),
                Times.format(o.createdAt()), Times.format(o.updatedAt()));
    }
}
