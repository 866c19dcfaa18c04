package com.numberinventory.domain.number;

import com.numberinventory.domain.shared.WireNamed;

import java.time.Instant;
import java.util.Objects;

/** A number's 10DLC messaging state: the campaign it is provisioned to and the last provisioning result. */
public record LineMessaging(NumberId numberId, String campaignId, Status status, Integer statusCode,
                            String description, Instant updatedAt) {

    /** none: not on a campaign; active: provisioned to it; failed: the last provisioning attempt failed. */
    public enum Status implements WireNamed {
        NONE, ACTIVE, FAILED;
    }

    public LineMessaging {
        Objects.requireNonNull(numberId, "numberId");
        Objects.requireNonNull(status, "status");
    }

    public static LineMessaging none(NumberId numberId) {
        return new LineMessaging(numberId, null, Status.NONE, null, null, null);
    }
}
