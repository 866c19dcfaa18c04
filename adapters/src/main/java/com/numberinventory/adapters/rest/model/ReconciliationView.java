package com.numberinventory.adapters.rest.model;

import com.numberinventory.adapters.rest.support.Times;
import com.numberinventory.domain.reconciliation.Reconciliation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A kept reconciliation report: the provider's list against the inventory, per number. */
@Schema(name = "Reconciliation")
public record ReconciliationView(
        @Schema(example = "01900000-0000-7000-8000-0000000000e1") String id,
        @Schema(example = "01900000-0000-7000-8000-0000000000b1") String providerId,
        @Schema(example = "reported", enumeration = {"reported", "applied"}) String status,
        @Schema(example = "120", description = "Numbers the provider account holds") int upstreamCount,
        @Schema(example = "118", description = "Non-retired numbers of this provider in the inventory")
        int inventoryCount,
        List<Difference> differences,
        @Schema(example = "2026-09-01T10:00:00.000Z") String createdAt,
        @Schema(nullable = true, example = "2026-09-01T10:05:00.000Z") String appliedAt) {

    @Schema(name = "ReconciliationDifference")
    public record Difference(
            @Schema(example = "+254700000101") String e164,
            @Schema(example = "missing_here", enumeration = {"missing_here", "missing_upstream", "state_mismatch"})
            String kind,
            @Schema(nullable = true, example = "pending", description = "The number's status here") String inventoryStatus,
            @Schema(nullable = true, example = "active", enumeration = {"active", "pending", "releasing", "other"},
                    description = "The number's status at the provider") String upstreamStatus,
            @Schema(nullable = true, example = "added as available to series 01900000-0000-7000-8000-0000000000a1",
                    description = "What applying did, or why it could not; null until applied") String resolution) {
    }

    @Schema(name = "ReconciliationList")
    public record ListView(List<ReconciliationView> data, @Schema(nullable = true) String nextCursor) {
    }

    @Schema(name = "ReconciliationRequest")
    public record Request(@Schema(example = "false",
            description = "Fix the inventory right away (as POST .../{rid}/apply does)") Boolean apply) {
    }

    public static ReconciliationView of(Reconciliation r) {
        return new ReconciliationView(r.id().toString(), r.providerId().toString(), r.status().wireName(),
                r.upstreamCount(), r.inventoryCount(), r.differences().stream().map(d -> new Difference(
                        d.e164().value(), d.kind().wireName(), d.inventoryStatus().orElse(null),
                        d.upstreamStatus().orElse(null), d.resolution().orElse(null))).toList(),
                Times.format(r.createdAt()), r.appliedAt().map(Times::format).orElse(null));
    }
}
