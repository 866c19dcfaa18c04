package com.numberinventory.application.service.numbers;

import com.numberinventory.application.port.in.numbers.ReleaseNumberUseCase.ReleaseNumberCommand;
import com.numberinventory.application.support.Inventory;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.NumberState;
import com.numberinventory.domain.number.ReleaseReason;
import com.numberinventory.domain.rental.Rental;
import com.numberinventory.domain.rental.RentalId;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static com.numberinventory.application.support.Inventory.ALICE;
import static com.numberinventory.application.support.Inventory.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReleaseNumberServiceTest {

    private final Inventory inventory = new Inventory();

    @Test
    void release_closes_the_rental_with_its_reason_and_quarantines_the_number_for_its_holder() {
        NumberId id = inventory.assignedNumber(inventory.sellableSeries(Duration.ofDays(30)), "+254700000001", ALICE);
        RentalId rental = inventory.numbers.stored(id).openRental().orElseThrow().id();
        inventory.clock.advance(Duration.ofHours(1));

        inventory.release.release(new ReleaseNumberCommand(id, ReleaseReason.EXPLICIT, Optional.of(ALICE)));

        Rental ended = inventory.numbers.rentals().get(rental);
        assertEquals(inventory.clock.instant(), ended.endedAt());
        assertEquals(ReleaseReason.EXPLICIT, ended.releaseReason());
        assertEquals(new NumberState.Quarantined(ALICE, inventory.clock.instant().plus(Duration.ofDays(30))),
                inventory.numbers.stored(id).state());
        assertEquals(List.of("number.added", "number.provisioned", "number.released"),
                inventory.numbers.eventKinds());
    }

    @Test
    void a_workspace_bound_caller_releasing_another_workspaces_number_gets_not_found_and_the_rental_stays_open() {
        NumberId id = inventory.assignedNumber(inventory.sellableSeries(Duration.ofDays(30)), "+254700000001", ALICE);
        int saves = inventory.numbers.saves();

        DomainException e = assertThrows(DomainException.class, () -> inventory.release.release(
                new ReleaseNumberCommand(id, ReleaseReason.EXPLICIT, Optional.of(BOB), Optional.of(BOB))));

        assertEquals(ErrorCode.NUMBER_NOT_FOUND, e.errorCode());
        assertEquals(saves, inventory.numbers.saves());
        assertInstanceOf(NumberState.Assigned.class, inventory.numbers.stored(id).state());
    }

    @Test
    void release_with_a_zero_quarantine_makes_the_number_available_at_once() {
        NumberId id = inventory.assignedNumber(inventory.sellableSeries(Duration.ZERO), "+254700000001", ALICE);

        inventory.release.release(new ReleaseNumberCommand(id, ReleaseReason.ADMIN_RELEASED, Optional.empty()));

        assertInstanceOf(NumberState.Available.class, inventory.numbers.stored(id).state());
    }

    @Test
    void release_naming_another_workspace_is_refused_and_the_rental_stays_open() {
        NumberId id = inventory.assignedNumber(inventory.sellableSeries(Duration.ofDays(30)), "+254700000001", ALICE);

        DomainException e = assertThrows(DomainException.class, () -> inventory.release.release(
                new ReleaseNumberCommand(id, ReleaseReason.EXPLICIT, Optional.of(BOB))));

        assertEquals(ErrorCode.NOT_ASSIGNED, e.errorCode());
        assertEquals(Optional.of(ALICE), inventory.numbers.stored(id).workspaceId());
        assertEquals(1, inventory.numbers.rentals().values().stream().filter(Rental::isOpen).count());
    }
}
