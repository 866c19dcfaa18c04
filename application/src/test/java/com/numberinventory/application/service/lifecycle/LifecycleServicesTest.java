package com.numberinventory.application.service.lifecycle;

import com.numberinventory.application.port.in.lifecycle.RunDueTransitionsUseCase.Report;
import com.numberinventory.application.port.in.numbers.ProvisionNumberUseCase.ProvisionNumberCommand;
import com.numberinventory.application.port.in.numbers.ReleaseNumberUseCase.ReleaseNumberCommand;
import com.numberinventory.application.port.in.numbers.ReserveNumberUseCase.ReserveNumberCommand;
import com.numberinventory.application.support.Inventory;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.NumberState;
import com.numberinventory.domain.number.ReleaseReason;
import com.numberinventory.domain.rental.Rental;
import com.numberinventory.domain.rental.RentalId;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static com.numberinventory.application.support.Inventory.ALICE;
import static com.numberinventory.application.support.Inventory.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reserve, cancel, suspend, retire, convert and the timer's transitions, each through its service. */
class LifecycleServicesTest {

    private final Inventory inventory = new Inventory();
    private final Series series = inventory.sellableSeries(Duration.ofDays(30));

    @Test
    void a_reservation_holds_the_number_until_cancelled_by_its_workspace() {
        NumberId id = inventory.reservedNumber(series, "+254700000001", ALICE, 900);
        assertEquals(new NumberState.Reserved(ALICE, inventory.clock.instant().plusSeconds(900)),
                inventory.numbers.stored(id).state());

        DomainException other = assertThrows(DomainException.class,
                () -> inventory.reserve.cancelReservation(id, Optional.of(BOB)));
        assertEquals(ErrorCode.NOT_RESERVED, other.errorCode());

        inventory.reserve.cancelReservation(id, Optional.of(ALICE));
        assertInstanceOf(NumberState.Available.class, inventory.numbers.stored(id).state());
    }

    @Test
    void suspending_twice_saves_once() {
        NumberId id = inventory.assignedNumber(series, "+254700000001", ALICE);
        int saves = inventory.numbers.saves();

        inventory.state.suspend(id, "fraud check");
        inventory.state.suspend(id, "fraud check");

        assertEquals(saves + 1, inventory.numbers.saves());
        assertEquals(new NumberState.Assigned(inventory.numbers.stored(id).openRental().orElseThrow(), true),
                inventory.numbers.stored(id).state());
    }

    @Test
    void an_assigned_number_is_not_retired() {
        NumberId id = inventory.assignedNumber(series, "+254700000001", ALICE);

        DomainException e = assertThrows(DomainException.class, () -> inventory.state.retire(id, "end of block"));

        assertEquals(ErrorCode.ASSIGNED, e.errorCode());
    }

    @Test
    void converting_a_trial_writes_the_converted_rental() {
        NumberId id = inventory.availableNumber(series, "+254700000001");
        inventory.provision.provision(new ProvisionNumberCommand(id, ALICE, Optional.of(7)));
        RentalId rental = inventory.numbers.stored(id).openRental().orElseThrow().id();

        inventory.convert.convert(rental);

        assertNotNull(inventory.numbers.rentals().get(rental).convertedAt());
        DomainException again = assertThrows(DomainException.class, () -> inventory.convert.convert(rental));
        assertEquals(ErrorCode.NOT_TRIAL, again.errorCode());
    }

    @Test
    void the_timer_expires_lapsed_reservations_trials_and_quarantines_in_batches() {
        NumberId reserved1 = inventory.availableNumber(series, "+254700000001");
        NumberId reserved2 = inventory.availableNumber(series, "+254700000002");
        NumberId reserved3 = inventory.availableNumber(series, "+254700000003");
        NumberId trial = inventory.availableNumber(series, "+254700000004");
        NumberId released = inventory.availableNumber(series, "+254700000005");
        for (NumberId id : new NumberId[]{reserved1, reserved2, reserved3}) {
            inventory.reserve.reserve(new ReserveNumberCommand(id, BOB, 60));
        }
        inventory.provision.provision(new ProvisionNumberCommand(trial, ALICE, Optional.of(1)));
        inventory.provision.provision(new ProvisionNumberCommand(released, ALICE));
        inventory.release.release(new ReleaseNumberCommand(released, ReleaseReason.EXPLICIT, Optional.empty()));

        inventory.clock.advance(Duration.ofDays(31));
        Report report = inventory.due.runDueTransitions();

        assertEquals(new Report(3, 1, 1), report);
        assertInstanceOf(NumberState.Available.class, inventory.numbers.stored(reserved3).state());
        assertInstanceOf(NumberState.Quarantined.class, inventory.numbers.stored(trial).state());
        assertInstanceOf(NumberState.Available.class, inventory.numbers.stored(released).state());
        Rental trialRental = inventory.numbers.rentals().values().stream()
                .filter(r -> r.numberId().equals(trial)).findFirst().orElseThrow();
        assertEquals(ReleaseReason.TRIAL_EXPIRED, trialRental.releaseReason());
        assertEquals(new Report(0, 0, 0), inventory.due.runDueTransitions());
    }
}
