package com.numberinventory.application.shared;

import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.rental.RentalId;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;

import java.util.UUID;

/** The "no such thing" errors, worded once for every service that looks something up. */
public final class NotFound {

    private NotFound() {
    }

    public static DomainException number(NumberId id) {
        return new DomainException(ErrorCode.NUMBER_NOT_FOUND, "no number " + id);
    }

    public static DomainException series(SeriesId id) {
        return new DomainException(ErrorCode.SERIES_NOT_FOUND, "no series " + id);
    }

    public static DomainException rental(RentalId id) {
        return new DomainException(ErrorCode.RENTAL_NOT_FOUND, "no rental " + id);
    }

    public static DomainException provider(ProviderId id) {
        return new DomainException(ErrorCode.PROVIDER_NOT_FOUND, "no provider " + id);
    }

    public static DomainException webhook(UUID id) {
        return new DomainException(ErrorCode.WEBHOOK_NOT_FOUND, "no webhook subscription " + id);
    }

    public static DomainException delivery(UUID id) {
        return new DomainException(ErrorCode.DELIVERY_NOT_FOUND, "no webhook delivery " + id);
    }
}
