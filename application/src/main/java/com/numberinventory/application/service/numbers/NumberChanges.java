package com.numberinventory.application.service.numbers;

import com.numberinventory.application.port.out.numbers.PhoneNumbers;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.application.shared.NotFound;
import com.numberinventory.domain.event.NumberEvent;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.shared.WorkspaceId;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The shape every single-number command takes: one transaction that loads the number under its row lock, lets
 * the aggregate decide, and saves it once with its event. A decision that changes nothing saves nothing.
 */
public record NumberChanges(PhoneNumbers numbers, Transactions transactions, Clock clock) {

    /** What a command asks of the locked number; empty when it is already as asked. */
    @FunctionalInterface
    public interface Decision {
        Optional<? extends NumberEvent> decide(PhoneNumber number, Instant now);
    }

    /**
     * The decision, taken only when the number is visible to the acting workspace (when there is one); else the
     * number answers as one that does not exist. Checked on the locked row, so no read before is needed.
     */
    public static Decision visibleTo(Optional<WorkspaceId> acting, Decision decision) {
        return (number, now) -> {
            if (acting.isPresent() && !number.visibleTo(acting.get())) {
                throw NotFound.number(number.id());
            }
            return decision.decide(number, now);
        };
    }

    /** Applies the decision to the number and returns it as saved. */
    public PhoneNumber apply(NumberId id, Decision decision) {
        return transactions.inTransaction(() -> decideAndSave(numbers.getForUpdate(id), decision));
    }

    /** As {@link #apply}, for a number the caller has already locked in its own transaction. */
    public PhoneNumber decideAndSave(PhoneNumber locked, Decision decision) {
        decision.decide(locked, clock.instant()).ifPresent(event -> numbers.save(locked, List.of(event)));
        return locked;
    }
}
