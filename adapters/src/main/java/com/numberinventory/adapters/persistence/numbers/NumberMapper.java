package com.numberinventory.adapters.persistence.numbers;

import com.numberinventory.domain.number.Capabilities;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.NumberState;
import com.numberinventory.domain.number.NumberStatus;
import com.numberinventory.domain.number.NumberType;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.number.ReleaseReason;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.rental.Rental;
import com.numberinventory.domain.rental.RentalId;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.shared.CountryCode;
import com.numberinventory.domain.shared.Money;
import com.numberinventory.domain.shared.WorkspaceId;

import java.util.Objects;
import java.util.UUID;

final class NumberMapper {

    private NumberMapper() {
    }

    /** Rebuilds the sealed state from the flat columns; an assigned row needs its open rental. */
    static PhoneNumber toDomain(NumberJpaEntity e, RentalJpaEntity openRental) {
        NumberState state = switch (NumberStatus.fromWire(e.status).orElseThrow()) {
            case PENDING -> new NumberState.Pending();
            case AVAILABLE -> new NumberState.Available();
            case RESERVED -> new NumberState.Reserved(new WorkspaceId(e.reservedBy), e.reservedUntil);
            case ASSIGNED -> new NumberState.Assigned(rentalToDomain(Objects.requireNonNull(openRental,
                    () -> "assigned number " + e.id + " has no open rental")), e.suspended);
            case QUARANTINED -> new NumberState.Quarantined(workspace(e.previousWorkspaceId), e.quarantineUntil);
            case RETIRED -> new NumberState.Retired();
        };
        return new PhoneNumber(new NumberId(e.id), new E164(e.e164, new CountryCode(e.countryCode)),
                Capabilities.fromBits(e.capabilities), state, new SeriesId(e.seriesId), new ProviderId(e.providerId),
                e.createdAt, e.updatedAt, e.eventSequence, e.version,
                NumberType.fromWire(e.numberType).orElse(null));
    }

    /** Flattens the sealed state onto the columns; the fields of the other states are cleared. */
    static void copy(PhoneNumber n, NumberJpaEntity e) {
        e.id = n.id().value();
        e.e164 = n.e164().value();
        e.countryCode = n.e164().country().value();
        e.capabilities = n.capabilities().bits();
        e.status = n.status().wireName();
        e.seriesId = n.seriesId().value();
        e.providerId = n.providerId().value();
        e.workspaceId = n.workspaceId().map(WorkspaceId::value).orElse(null);
        e.reservedBy = n.reservedBy().map(WorkspaceId::value).orElse(null);
        e.reservedUntil = n.reservedUntil().orElse(null);
        e.previousWorkspaceId = n.previousWorkspace().map(WorkspaceId::value).orElse(null);
        e.quarantineUntil = n.quarantineUntil().orElse(null);
        e.suspended = n.suspended();
        e.numberType = n.numberType().wireName();
        e.eventSequence = n.eventSequence();
        e.createdAt = n.createdAt();
        e.updatedAt = n.updatedAt();
    }

    static Rental rentalToDomain(RentalJpaEntity r) {
        return new Rental(new RentalId(r.id), new NumberId(r.numberId), new WorkspaceId(r.workspaceId), r.startedAt,
                new Money(r.monthlyPriceMinor, r.monthlyPriceCurrency), r.trialEndsAt, r.convertedAt, r.endedAt,
                r.releaseReason == null ? null : ReleaseReason.fromWire(r.releaseReason).orElseThrow());
    }

    static void copyRental(Rental r, RentalJpaEntity e) {
        e.id = r.id().value();
        e.numberId = r.numberId().value();
        e.workspaceId = r.workspaceId().value();
        e.startedAt = r.startedAt();
        e.monthlyPriceMinor = r.monthlyPrice().amountMinor();
        e.monthlyPriceCurrency = r.monthlyPrice().currency();
        e.trialEndsAt = r.trialEndsAt();
        e.convertedAt = r.convertedAt();
        e.endedAt = r.endedAt();
        e.releaseReason = r.releaseReason() == null ? null : r.releaseReason().wireName();
    }

    private static WorkspaceId workspace(UUID id) {
        return id == null ? null : new WorkspaceId(id);
    }
}
