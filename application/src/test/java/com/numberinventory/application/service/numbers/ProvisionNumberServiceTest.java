package com.numberinventory.application.service.numbers;

import com.numberinventory.application.port.in.numbers.DigitPatterns;
import com.numberinventory.application.port.in.numbers.ProvisionAnyNumberUseCase.ProvisionAnyNumberCommand;
import com.numberinventory.application.port.in.numbers.ProvisionCriteria;
import com.numberinventory.application.port.in.numbers.ProvisionNumberUseCase.ProvisionNumberCommand;
import com.numberinventory.application.support.Inventory;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.NumberState;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.rental.Rental;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.numberinventory.application.support.Inventory.ALICE;
import static com.numberinventory.application.support.Inventory.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProvisionNumberServiceTest {

    private final Inventory inventory = new Inventory();
    private final Series series = inventory.sellableSeries(Duration.ofDays(30));

    @Test
    void provisioning_saves_the_number_its_open_rental_and_its_event_together() {
        NumberId id = inventory.availableNumber(series, "+254700000001");

        PhoneNumber provisioned = inventory.provision.provision(new ProvisionNumberCommand(id, ALICE));

        NumberState.Assigned assigned = assertInstanceOf(NumberState.Assigned.class,
                inventory.numbers.stored(id).state());
        assertEquals(ALICE, assigned.workspace());
        Rental rental = inventory.numbers.rentals().get(assigned.rental().id());
        assertEquals(series.monthlyPrice().orElseThrow(), rental.monthlyPrice());
        assertEquals(List.of("number.added", "number.provisioned"), inventory.numbers.eventKinds());
        assertEquals(1, inventory.numbers.saves());
        assertEquals(provisioned.openRental(), Optional.of(rental));
    }

    @Test
    void a_number_reserved_for_another_workspace_is_refused_and_nothing_is_written() {
        NumberId id = inventory.reservedNumber(series, "+254700000001", BOB, 900);
        int saves = inventory.numbers.saves();

        DomainException e = assertThrows(DomainException.class,
                () -> inventory.provision.provision(new ProvisionNumberCommand(id, ALICE)));

        assertEquals(ErrorCode.ALREADY_CLAIMED, e.errorCode());
        assertEquals(saves, inventory.numbers.saves());
        assertEquals(0, inventory.numbers.rentals().size());
    }

    @Test
    void a_workspace_bound_caller_acting_on_another_workspaces_number_gets_not_found_and_nothing_is_written() {
        NumberId id = inventory.reservedNumber(series, "+254700000001", BOB, 900);
        int saves = inventory.numbers.saves();

        // The visibility is checked on the locked row: the same answer as for a number that does not exist.
        DomainException e = assertThrows(DomainException.class, () -> inventory.provision.provision(
                new ProvisionNumberCommand(id, ALICE, Optional.empty(), Optional.of(ALICE))));

        assertEquals(ErrorCode.NUMBER_NOT_FOUND, e.errorCode());
        assertEquals("no number " + id, e.getMessage());
        assertEquals(saves, inventory.numbers.saves());
    }

    @Test
    void a_workspace_bound_caller_provisions_a_free_number_to_itself() {
        NumberId id = inventory.availableNumber(series, "+254700000001");

        PhoneNumber provisioned = inventory.provision.provision(
                new ProvisionNumberCommand(id, ALICE, Optional.empty(), Optional.of(ALICE)));

        assertEquals(Optional.of(ALICE), provisioned.workspaceId());
    }

    @Test
    void an_unknown_number_is_not_found() {
        DomainException e = assertThrows(DomainException.class, () -> inventory.provision.provision(
                new ProvisionNumberCommand(new NumberId(UUID.randomUUID()), ALICE)));
        assertEquals(ErrorCode.NUMBER_NOT_FOUND, e.errorCode());
    }

    @Test
    void provision_any_takes_a_matching_free_number() {
        inventory.availableNumber(series, "+254700000001");
        NumberId wanted = inventory.availableNumber(series, "+254700000042");

        PhoneNumber picked = inventory.provision.provisionAny(new ProvisionAnyNumberCommand(ALICE,
                new ProvisionCriteria(Optional.empty(), Optional.empty(), Optional.empty(),
                        new DigitPatterns(Optional.empty(), Optional.empty(), Optional.of("42"))))).number();

        assertEquals(wanted, picked.id());
        assertEquals(Optional.of(ALICE), inventory.numbers.stored(wanted).workspaceId());
    }

    @Test
    void provision_any_with_nothing_matching_answers_none_available() {
        inventory.availableNumber(series, "+254700000001");

        DomainException e = assertThrows(DomainException.class, () -> inventory.provision.provisionAny(
                new ProvisionAnyNumberCommand(ALICE, new ProvisionCriteria(Optional.empty(), Optional.empty(),
                        Optional.empty(), new DigitPatterns(Optional.of("1"), Optional.empty(), Optional.empty())))));

        assertEquals(ErrorCode.NONE_AVAILABLE, e.errorCode());
        assertEquals(0, inventory.numbers.saves());
    }

    @Test
    void provision_many_claims_distinct_numbers_each_with_its_rental_and_event() {
        for (int i = 1; i <= 3; i++) {
            inventory.availableNumber(series, "+25470000000" + i);
        }
        var result = inventory.provision.provisionMany(new com.numberinventory.application.port.in.numbers
                .ProvisionAnyNumberUseCase.ProvisionManyCommand(new ProvisionAnyNumberCommand(ALICE, anyCriteria()),
                2, false));

        assertEquals(2, result.numbers().size());
        assertEquals(2, result.numbers().stream().map(PhoneNumber::id).distinct().count());
        assertEquals(2, inventory.numbers.rentals().size());
        assertEquals(2, inventory.numbers.eventKinds().stream().filter("number.provisioned"::equals).count());
    }

    @Test
    void provision_many_all_or_nothing_writes_nothing_when_too_few_match_and_partial_takes_them() {
        inventory.availableNumber(series, "+254700000001");
        inventory.availableNumber(series, "+254700000002");
        var all = new com.numberinventory.application.port.in.numbers.ProvisionAnyNumberUseCase.ProvisionManyCommand(
                new ProvisionAnyNumberCommand(ALICE, anyCriteria()), 3, false);

        DomainException e = assertThrows(DomainException.class, () -> inventory.provision.provisionMany(all));

        assertEquals(ErrorCode.NONE_AVAILABLE, e.errorCode());
        assertEquals(0, inventory.numbers.saves());
        var partial = new com.numberinventory.application.port.in.numbers.ProvisionAnyNumberUseCase
                .ProvisionManyCommand(new ProvisionAnyNumberCommand(ALICE, anyCriteria()), 3, true);
        assertEquals(2, inventory.provision.provisionMany(partial).numbers().size());
        assertEquals(2, inventory.numbers.saves());
    }

    @Test
    void provision_many_refuses_quantities_outside_1_to_1000() {
        for (int q : new int[] {0, 1001}) {
            DomainException e = assertThrows(DomainException.class, () -> new com.numberinventory.application.port
                    .in.numbers.ProvisionAnyNumberUseCase.ProvisionManyCommand(
                    new ProvisionAnyNumberCommand(ALICE, anyCriteria()), q, false));
            assertEquals(ErrorCode.BAD_REQUEST, e.errorCode());
        }
    }

    private static ProvisionCriteria anyCriteria() {
        return new ProvisionCriteria(Optional.empty(), Optional.empty(), Optional.empty(),
                new DigitPatterns(Optional.empty(), Optional.empty(), Optional.empty()));
    }
}
