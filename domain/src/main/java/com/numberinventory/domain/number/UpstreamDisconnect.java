package com.numberinventory.domain.number;

import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.shared.WireNamed;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Giving a retired number back to its provider: asked for when the number is retired with
 * {@code disconnect_upstream}, carried out after that commit, and kept with its outcome. {@code pending} until the
 * provider confirms (its answer, or for Zipwhip its {@code provision/delete} webhook), {@code failed} with the
 * provider's error code until a retry succeeds, {@code done} for good.
 */
public record UpstreamDisconnect(NumberId numberId, ProviderId providerId, E164 e164, Optional<String> upstreamId,
                                 Status status, Optional<String> providerCode, Optional<String> detail,
                                 int attempts, Instant createdAt, Instant updatedAt) {

    public enum Status implements WireNamed {
        PENDING, DONE, FAILED;

        public static Optional<Status> fromWire(String raw) {
            return WireNamed.fromWire(Status.class, raw);
        }
    }

    public UpstreamDisconnect {
        Objects.requireNonNull(numberId, "numberId");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(e164, "e164");
        Objects.requireNonNull(status, "status");
        upstreamId = upstreamId == null ? Optional.empty() : upstreamId;
        providerCode = providerCode == null ? Optional.empty() : providerCode;
        detail = detail == null ? Optional.empty() : detail;
    }

    /** A new request for the number, not yet attempted. */
    public static UpstreamDisconnect requested(PhoneNumber number, Instant now) {
        return new UpstreamDisconnect(number.id(), number.providerId(), number.e164(), Optional.empty(),
                Status.PENDING, Optional.empty(), Optional.empty(), 0, now, now);
    }
}
