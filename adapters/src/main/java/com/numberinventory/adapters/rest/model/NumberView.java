package com.numberinventory.adapters.rest.model;

import com.numberinventory.adapters.rest.support.Times;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.rental.Rental;
import com.numberinventory.domain.shared.WorkspaceId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A number (DID) as the API shows it. */
@Schema(name = "Number")
public record NumberView(
        @Schema(example = "01900000-0000-7000-8000-000000000003") String id,
        @Schema(example = "+254700000001") String e164,
        @Schema(example = "KE") String countryCode,
        @Schema(example = "mobile", description = "What kind of line this is, as libphonenumber classifies the E.164",
                enumeration = {"fixed_line", "mobile", "fixed_line_or_mobile", "toll_free", "premium_rate", "shared_cost", "voip", "personal_number", "pager", "uan", "voicemail", "unknown"}) String numberType,
        @Schema(example = "[\"voice\", \"sms\"]") List<String> capabilities,
        @Schema(example = "assigned",
                enumeration = {"pending", "available", "reserved", "assigned", "quarantined", "retired"}) String status,
        @Schema(example = "01900000-0000-7000-8000-000000000004") String seriesId,
        @Schema(example = "01900000-0000-7000-8000-0000000000a1") String providerId,
        @Schema(example = "01900000-0000-7000-8000-000000000002", nullable = true) String workspaceId,
        @Schema(nullable = true) RentalSummary rental,
        @Schema(nullable = true, example = "2026-07-27T10:00:00.000Z") String quarantineUntil,
        @Schema(nullable = true, example = "2026-06-27T10:15:00.000Z") String reservedUntil,
        @Schema(example = "false", description = "true while routing of an assigned number is suspended") boolean suspended,
        @Schema(example = "2026-06-27T09:00:00.000Z") String createdAt,
        @Schema(example = "2026-06-27T10:00:00.000Z") String updatedAt,
        @Schema(description = "10DLC messaging state; shown on single-number reads") Messaging messaging) {

    /** A number's 10DLC messaging state. */
    @Schema(name = "NumberMessaging")
    public record Messaging(@Schema(nullable = true, example = "abc123") String campaignId,
                            @Schema(example = "active", enumeration = {"none", "active", "failed"}) String status,
                            @Schema(nullable = true, example = "200") Integer statusCode,
                            @Schema(nullable = true, example = "Line Provisioned") String description) {

        public static Messaging of(com.numberinventory.domain.number.LineMessaging m) {
            return new Messaging(m.campaignId(), m.status().wireName(), m.statusCode(), m.description());
        }
    }

    public NumberView withMessaging(Messaging m) {
        return new NumberView(id, e164, countryCode, numberType, capabilities, status, seriesId, providerId, workspaceId, rental,
                quarantineUntil, reservedUntil, suspended, createdAt, updatedAt, m);
    }

    /** The open rental of an assigned number. */
    @Schema(name = "RentalSummary")
    public record RentalSummary(
            @Schema(example = "01900000-0000-7000-8000-0000000000c1") String id,
            @Schema(example = "01900000-0000-7000-8000-000000000002") String workspaceId,
            @Schema(example = "2026-06-27T10:00:00.000Z") String startedAt,
            @Schema(nullable = true) MoneyView monthlyPrice,
            @Schema(nullable = true, example = "2026-07-04T10:00:00.000Z") String trialEndsAt,
            @Schema(nullable = true, example = "2026-07-01T08:00:00.000Z") String convertedAt) {

        static RentalSummary of(Rental r) {
            return new RentalSummary(r.id().toString(), r.workspaceId().toString(), Times.format(r.startedAt()),
                    MoneyView.of(r.monthlyPrice()), Times.format(r.trialEndsAt()), Times.format(r.convertedAt()));
        }
    }

    public static NumberView of(PhoneNumber n) {
        return new NumberView(n.id().toString(), n.e164().value(), n.e164().country().value(),
                n.numberType().wireName(),
                n.capabilities().wireNames(), n.status().wireName(), n.seriesId().toString(),
                n.providerId().toString(), n.workspaceId().map(WorkspaceId::toString).orElse(null),
                n.openRental().map(RentalSummary::of).orElse(null), Times.format(n.quarantineUntil().orElse(null)),
                Times.format(n.reservedUntil().orElse(null)), n.suspended(), Times.format(n.createdAt()),
                Times.format(n.updatedAt()), null);
    }

    /** A number with its open rental and messaging state, as read in one go. */
    public static NumberView of(com.numberinventory.application.port.in.numbers.NumberDetails d) {
        return of(d.number()).withMessaging(Messaging.of(d.messaging()));
    }

    /** A page of numbers. */
    @Schema(name = "NumberList")
    public record ListView(List<NumberView> data, @Schema(nullable = true) String nextCursor) {
    }
}
