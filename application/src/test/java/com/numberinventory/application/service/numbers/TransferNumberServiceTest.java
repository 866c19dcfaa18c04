package com.numberinventory.application.service.numbers;

import com.numberinventory.application.port.in.numbers.TransferNumberUseCase.TransferNumberCommand;
import com.numberinventory.application.support.Inventory;
import com.numberinventory.domain.event.NumberTransferred;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.NumberState;
import com.numberinventory.domain.number.ReleaseReason;
import com.numberinventory.domain.rental.Rental;
import com.numberinventory.domain.rental.RentalId;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.Money;
import com.numberinventory.domain.shared.WorkspaceId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.numberinventory.application.support.Inventory.ALICE;
import static com.numberinventory.application.support.Inventory.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TransferNumberServiceTest {

    private static final WorkspaceId CAROL = new WorkspaceId(UUID.fromString("01900000-0000-7000-8000-0000000000c0"));

    private final Inventory inventory = new Inventory();

    @Test
    void transfer_ends_the_rental_as_transferred_and_opens_the_new_one_at_the_same_instant_without_quarantine() {
        Series series = inventory.sellableSeries(Duration.ofDays(30));
        NumberId id = inventory.assignedNumber(series, "+254700000001", ALICE);
        RentalId old = inventory.numbers.stored(id).openRental().orElseThrow().id();
        inventory.clock.advance(Duration.ofDays(3));
        series.reprice(new Money(12_500, "KES"), inventory.clock.instant());

        inventory.transfer.transfer(new TransferNumberCommand(id, BOB, Optional.of(ALICE), Optional.empty()));

        Rental ended = inventory.numbers.rentals().get(old);
        assertEquals(ReleaseReason.TRANSFERRED, ended.releaseReason());
        assertEquals(inventory.clock.instant(), ended.endedAt());
        Rental opened = inventory.numbers.stored(id).openRental().orElseThrow();
        assertEquals(BOB, opened.workspaceId());
        assertEquals(inventory.clock.instant(), opened.startedAt());
        assertEquals(new Money(12_500, "KES"), opened.monthlyPrice());
        assertNull(opened.trialEndsAt());
        assertInstanceOf(NumberState.Assigned.class, inventory.numbers.stored(id).state());
        assertEquals(List.of("number.added", "number.provisioned", "number.transferred"),
                inventory.numbers.eventKinds());
        NumberTransferred event = (NumberTransferred) inventory.numbers.events().getLast();
        assertEquals(ALICE, event.fromWorkspace());
        assertEquals(BOB, event.toWorkspace());
        assertEquals(Optional.of(BOB), event.workspaceId());
        assertEquals(old, event.endedRentalId());
        assertEquals(opened.id(), event.rentalId());
    }

    @Test
    void a_number_nobody_holds_is_refused_as_not_assigned_and_nothing_is_saved() {
        NumberId id = inventory.availableNumber(inventory.sellableSeries(Duration.ofDays(30)), "+254700000002");
        int saves = inventory.numbers.saves();

        DomainException e = assertThrows(DomainException.class, () -> inventory.transfer.transfer(
                new TransferNumberCommand(id, BOB, Optional.empty(), Optional.empty())));

        assertEquals(ErrorCode.NOT_ASSIGNED, e.errorCode());
        assertEquals(saves, inventory.numbers.saves());
    }

    @Test
    void naming_a_from_workspace_that_is_not_the_holder_is_a_holder_mismatch() {
        NumberId id = inventory.assignedNumber(inventory.sellableSeries(Duration.ofDays(30)), "+254700000001", ALICE);
        int saves = inventory.numbers.saves();

        DomainException e = assertThrows(DomainException.class, () -> inventory.transfer.transfer(
                new TransferNumberCommand(id, CAROL, Optional.of(BOB), Optional.empty())));

        assertEquals(ErrorCode.HOLDER_MISMATCH, e.errorCode());
        assertEquals(saves, inventory.numbers.saves());
        assertEquals(ALICE, inventory.numbers.stored(id).workspaceId().orElseThrow());
    }

    @Test
    void transferring_to_the_holder_itself_is_refused_as_same_workspace() {
        NumberId id = inventory.assignedNumber(inventory.sellableSeries(Duration.ofDays(30)), "+254700000001", ALICE);

        DomainException e = assertThrows(DomainException.class, () -> inventory.transfer.transfer(
                new TransferNumberCommand(id, ALICE, Optional.empty(), Optional.empty())));

        assertEquals(ErrorCode.SAME_WORKSPACE, e.errorCode());
    }

    @Test
    void a_workspace_bound_caller_that_cannot_see_the_number_gets_not_found() {
        NumberId id = inventory.assignedNumber(inventory.sellableSeries(Duration.ofDays(30)), "+254700000001", ALICE);

        DomainException e = assertThrows(DomainException.class, () -> inventory.transfer.transfer(
                new TransferNumberCommand(id, CAROL, Optional.empty(), Optional.of(BOB))));

        assertEquals(ErrorCode.NUMBER_NOT_FOUND, e.errorCode());
        assertEquals(ALICE, inventory.numbers.stored(id).workspaceId().orElseThrow());
    }

    @Test
    void the_new_holder_releases_into_quarantine_for_itself_not_for_the_previous_holder() {
        NumberId id = inventory.assignedNumber(inventory.sellableSeries(Duration.ofDays(30)), "+254700000001", ALICE);
        inventory.transfer.transfer(new TransferNumberCommand(id, BOB, Optional.empty(), Optional.empty()));

        inventory.release.release(new com.numberinventory.application.port.in.numbers.ReleaseNumberUseCase
                .ReleaseNumberCommand(id, ReleaseReason.EXPLICIT, Optional.of(BOB)));

        NumberState.Quarantined q = assertInstanceOf(NumberState.Quarantined.class,
                inventory.numbers.stored(id).state());
        assertEquals(BOB, q.previous());
    }
}
