package com.numberinventory.adapters.rest.model;

import com.numberinventory.adapters.rest.support.Times;
import com.numberinventory.application.port.in.rentals.RentalQueries;
import com.numberinventory.domain.rental.Rental;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One line of the rental ledger. */
@Schema(name = "Rental", description = "A workspace's rental of a number: what billing charges from")
public record RentalView(
        @Schema(example = "01900000-0000-7000-8000-0000000000c1") String id,
        @Schema(example = "01900000-0000-7000-8000-000000000003") String numberId,
        @Schema(example = "+254700000001") String e164,
        @Schema(example = "01900000-0000-7000-8000-000000000002") String workspaceId,
        @Schema(example = "2026-06-27T10:00:00.000Z") String startedAt,
        @Schema(nullable = true, example = "2026-08-01T00:00:00.000Z") String endedAt,
        @Schema(nullable = true, example = "explicit", enumeration = {"explicit", "trial_expired", "admin_released", "provider_released", "transferred"})
        String releaseReason,
        @Schema(nullable = true) MoneyView monthlyPrice,
        @Schema(nullable = true, example = "2026-07-11T10:00:00.000Z") String trialEndsAt,
        @Schema(nullable = true, example = "2026-07-05T09:30:00.000Z") String convertedAt,
        @Schema(nullable = true, description = "Who opened the rental; null on rentals from before this was recorded")
        ActorView openedBy,
        @Schema(nullable = true, description = "Who closed the rental; null while it is open (and on rentals "
                + "closed before this was recorded)")
        ActorView closedBy) {

    public static RentalView of(RentalQueries.RentalEntry entry) {
        Rental r = entry.rental();
        return new RentalView(r.id().toString(), r.numberId().toString(),
                entry.e164() == null ? null : entry.e164().value(), r.workspaceId().toString(),
                Times.format(r.startedAt()), Times.format(r.endedAt()),
                r.releaseReason() == null ? null : r.releaseReason().wireName(), MoneyView.of(r.monthlyPrice()),
                Times.format(r.trialEndsAt()), Times.format(r.convertedAt()),
                ActorView.of(entry.openedBy()), ActorView.of(entry.closedBy()));
    }

    /** A page of rentals. */
    @Schema(name = "RentalList")
    public record ListView(List<RentalView> data, @Schema(nullable = true) String nextCursor) {
    }
}
