package com.numberinventory.application.service;

import com.numberinventory.application.port.in.numbers.ChangeNumberStateUseCase;
import com.numberinventory.application.port.in.numbers.ReserveNumberUseCase;
import com.numberinventory.application.port.in.rentals.ConvertRentalUseCase;
import com.numberinventory.application.port.in.rentals.RentalQueries;
import com.numberinventory.application.port.out.EventLog;
import com.numberinventory.application.port.out.PhoneNumbers;
import com.numberinventory.application.port.out.Rentals;
import com.numberinventory.application.port.out.Transactions;
import com.numberinventory.domain.event.DomainEvent;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.rental.Rental;
import com.numberinventory.domain.rental.RentalId;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.IdSource;
import com.numberinventory.domain.shared.WorkspaceId;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The number commands besides provision and release: reserve, cancel, suspend, resume, retire, activate, and
 * converting a trial rental. Each loads the number under its row lock, decides in the domain, saves and logs the
 * event in one transaction.
 */
public class NumberLifecycleService implements ReserveNumberUseCase, ChangeNumberStateUseCase, ConvertRentalUseCase {

    private final PhoneNumbers numbers;
    private final Rentals rentals;
    private final EventLog events;
    private final Transactions transactions;
    private final Clock clock;
    private final IdSource ids;

    public NumberLifecycleService(PhoneNumbers numbers, Rentals rentals, EventLog events, Transactions transactions,
                                  Clock clock, IdSource ids) {
        this.numbers = numbers;
        this.rentals = rentals;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public PhoneNumber reserve(ReserveNumberCommand command) {
        return change(command.numberId(), (number, now) -> Optional.of(number.reserve(command.workspaceId(),
                now.plusSeconds(command.ttlSeconds()), ids, now)));
    }

    @Override
    public PhoneNumber cancelReservation(NumberId numberId, Optional<WorkspaceId> workspace) {
        return change(numberId, (number, now) -> Optional.of(number.cancelReservation(workspace, ids, now)));
    }

    @Override
    public PhoneNumber suspend(NumberId id, String reason) {
        return change(id, (number, now) -> number.changeRouting(true, reason, ids, now));
    }

    @Override
    public PhoneNumber resume(NumberId id, String reason) {
        return change(id, (number, now) -> number.changeRouting(false, reason, ids, now));
    }

    @Override
    public PhoneNumber retire(NumberId id, String reason) {
        return change(id, (number, now) -> Optional.of(number.retire(reason, ids, now)));
    }

    @Override
    public PhoneNumber activate(NumberId id) {
        return change(id, (number, now) -> Optional.of(number.activate(ids, now)));
    }

    @Override
    public RentalQueries.RentalEntry convert(RentalId id) {
        return transactions.inTransaction(() -> {
            Rental rental = rentals.findById(id).orElseThrow(() -> RentalQueryService.notFound(id));
            if (!rental.isOpen()) {
                throw new DomainException(ErrorCode.RENTAL_ENDED, "rental " + id + " has ended");
            }
            PhoneNumber number = numbers.findByIdForUpdate(rental.numberId())
                    .orElseThrow(() -> NumberQueryService.notFound(rental.numberId()));
            Rental open = number.openRental().filter(r -> r.id().equals(id))
                    .orElseThrow(() -> new DomainException(ErrorCode.RENTAL_ENDED, "rental " + id + " has ended"));
            events.append(number.convertTrial(ids, clock.instant()));
            Rental converted = number.openRental().orElse(open);
            rentals.update(converted);
            numbers.update(number);
            return new RentalQueries.RentalEntry(converted, number.e164());
        });
    }

    private PhoneNumber change(NumberId id, BiFunction<PhoneNumber, Instant, Optional<? extends DomainEvent>> action) {
        return transactions.inTransaction(() -> {
            PhoneNumber number = numbers.findByIdForUpdate(id).orElseThrow(() -> NumberQueryService.notFound(id));
            Optional<? extends DomainEvent> event = action.apply(number, clock.instant());
            if (event.isPresent()) {
                numbers.update(number);
                events.append(event.get());
            }
            return number;
        });
    }
}
