package com.numberinventory.domain.number;

import com.numberinventory.domain.rental.Rental;
import com.numberinventory.domain.shared.WorkspaceId;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a number is in its lifecycle, as a type: each state carries only its own facts, so a reserved number
 * always knows for whom and until when, and an assigned number always has its open rental.
 */
public sealed interface NumberState {

    /** The status name the API and the database use for this state. */
    default NumberStatus status() {
        return switch (this) {
            case Pending p -> NumberStatus.PENDING;
            case Available a -> NumberStatus.AVAILABLE;
            case Reserved r -> NumberStatus.RESERVED;
            case Assigned a -> NumberStatus.ASSIGNED;
            case Quarantined q -> NumberStatus.QUARANTINED;
            case Retired r -> NumberStatus.RETIRED;
        };
    }

    /** Provider-side or regulatory checks are outstanding. */
    record Pending() implements NumberState {
    }

    /** Free for any workspace to reserve or provision. */
    record Available() implements NumberState {
    }

    /** Held for one workspace until {@code until}; once that has passed it counts as free. */
    record Reserved(WorkspaceId by, Instant until) implements NumberState {
        public Reserved {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(until, "until");
        }

        boolean lapsedAt(Instant now) {
            return !until.isAfter(now);
        }
    }

    /** Rented by a workspace through its open rental; routing may be suspended. */
    record Assigned(Rental rental, boolean suspended) implements NumberState {
        public Assigned {
            Objects.requireNonNull(rental, "rental");
            if (!rental.isOpen()) {
                throw new IllegalArgumentException("an assigned number has an open rental");
            }
        }

        public WorkspaceId workspace() {
            return rental.workspaceId();
        }
    }

    /**
     * Released by {@code previous}, who alone may take it back until {@code until}. The schema allows a
     * quarantined row without its previous workspace (then nobody may take it back early), so it may be null.
     */
    record Quarantined(WorkspaceId previous, Instant until) implements NumberState {
        public Quarantined {
            Objects.requireNonNull(until, "until");
        }

        boolean overAt(Instant now) {
            return !until.isAfter(now);
        }
    }

    /** Out of inventory for good; kept for history, refuses every command. */
    record Retired() implements NumberState {
    }
}
