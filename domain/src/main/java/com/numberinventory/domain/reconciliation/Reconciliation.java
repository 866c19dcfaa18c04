package com.numberinventory.domain.reconciliation;

import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.shared.WireNamed;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A kept report comparing what a provider account holds with the inventory: each difference per number, and, once
 * applied, what the fix did (or why it could not).
 */
public record Reconciliation(UUID id, ProviderId providerId, Status status, int upstreamCount, int inventoryCount,
                             List<Difference> differences, Instant createdAt, Optional<Instant> appliedAt) {

    public Reconciliation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(status, "status");
        differences = List.copyOf(differences);
        appliedAt = appliedAt == null ? Optional.empty() : appliedAt;
    }

    public enum Status implements WireNamed {
        REPORTED, APPLIED;

        public static Optional<Status> fromWire(String s) {
            return WireNamed.fromWire(Status.class, s);
        }
    }

    public enum Kind implements WireNamed {
        /** The provider holds it; the inventory does not. */
        MISSING_HERE,
        /** The inventory holds it for this provider; the provider does not. */
        MISSING_UPSTREAM,
        /** Both hold it, in states that disagree. */
        STATE_MISMATCH;

        public static Optional<Kind> fromWire(String s) {
            return WireNamed.fromWire(Kind.class, s);
        }
    }

    /** One number that differs; {@code resolution} is what applying did, empty until applied. */
    public record Difference(E164 e164, Kind kind, Optional<String> inventoryStatus, Optional<String> upstreamStatus,
                             Optional<String> resolution) {
        public Difference {
            Objects.requireNonNull(e164, "e164");
            Objects.requireNonNull(kind, "kind");
            inventoryStatus = inventoryStatus == null ? Optional.empty() : inventoryStatus;
            upstreamStatus = upstreamStatus == null ? Optional.empty() : upstreamStatus;
            resolution = resolution == null ? Optional.empty() : resolution;
        }
    }

    public Reconciliation applied(List<Difference> resolved, Instant now) {
        return new Reconciliation(id, providerId, Status.APPLIED, upstreamCount, inventoryCount, resolved, createdAt,
                Optional.of(now));
    }
}
