package com.numberinventory.domain.number;

import com.numberinventory.domain.event.NumberProvisioned;
import com.numberinventory.domain.event.NumberReleased;
import com.numberinventory.domain.event.NumberRetired;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.series.QuarantinePeriod;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.shared.CountryCode;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.IdSource;
import com.numberinventory.domain.shared.Money;
import com.numberinventory.domain.shared.WorkspaceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** domain.md rules 2 to 4, without a database. */
class PhoneNumberTest {

    private static final Instant T0 = Instant.parse("2026-06-27T10:00:00Z");
    private static final IdSource IDS = IdSource.uuidV7(Clock.fixed(T0, ZoneOffset.UTC));
    private final WorkspaceId alice = new WorkspaceId(UUID.randomUUID());
    private final WorkspaceId bob = new WorkspaceId(UUID.randomUUID());

    private static Series series(boolean active, Money price, Duration quarantine) {
        Series s = Series.create(new SeriesId(UUID.randomUUID()), new ProviderId(UUID.randomUUID()), "KE block",
                new CountryCode("KE"), Capabilities.of(Capability.VOICE, Capability.SMS), price, null,
                new QuarantinePeriod(quarantine), T0);
        if (active) {
            s.activate(UUID.randomUUID(), T0);
        }
        return s;
    }

    private static Series sellable(Duration quarantine) {
        return series(true, new Money(10_000, "KES"), quarantine);
    }

    /** A number of the series, provisioned to alice at T0. */
    private PhoneNumber heldByAlice(Series series) {
        PhoneNumber n = numberIn(series);
        n.provision(alice, series, IDS, T0);
        return n;
    }

    private static PhoneNumber numberIn(Series series) {
        return PhoneNumber.importInto(series, new NumberId(UUID.randomUUID()), E164.parse("e164", "+254700000001"),
                IDS, T0).number();
    }

    private static void refused(ErrorCode code, Executable action) {
        DomainException e = assertThrows(DomainException.class, action);
        assertEquals(code, e.errorCode());
    }

    @Test
    void an_imported_number_is_available_and_announced() {
        Series s = sellable(Duration.ofDays(30));
        PhoneNumber.Added added = PhoneNumber.importInto(s, new NumberId(UUID.randomUUID()),
                E164.parse("e164", "+254700000001"), IDS, T0);
        assertEquals(NumberStatus.AVAILABLE, added.number().status());
        assertEquals("number.added", added.event().kind());
        assertEquals(1, added.event().sequence());
    }

    @Test
    void a_number_of_another_country_cannot_join_a_series() {
        refused(ErrorCode.SERIES_INVALID, () -> PhoneNumber.importInto(sellable(Duration.ZERO),
                new NumberId(UUID.randomUUID()), E164.parse("e164", "+12025550123"), IDS, T0));
    }

    @Test
    void provisioning_an_available_number_starts_a_rental_at_the_series_price() {
        Series s = sellable(Duration.ofDays(30));
        PhoneNumber n = numberIn(s);
        NumberProvisioned event = n.provision(alice, s, IDS, T0);
        assertEquals(NumberStatus.ASSIGNED, n.status());
        assertEquals(Optional.of(alice), n.workspaceId());
        assertEquals(new Money(10_000, "KES"), n.openRental().orElseThrow().monthlyPrice());
        assertEquals(T0, n.openRental().orElseThrow().startedAt());
        assertEquals(alice, event.workspace());
        assertEquals(2, event.sequence());
    }

    @Test
    void the_rental_keeps_the_price_it_started_at_when_the_series_is_repriced() {
        Series s = sellable(Duration.ZERO);
        PhoneNumber n = heldByAlice(s);
        s.reprice(new Money(99_999, "KES"), T0);
        assertEquals(10_000, n.openRental().orElseThrow().monthlyPrice().amountMinor());
    }

    @Test
    void provisioning_an_assigned_number_is_refused_as_already_claimed() {
        Series s = sellable(Duration.ZERO);
        PhoneNumber n = heldByAlice(s);
        refused(ErrorCode.ALREADY_CLAIMED, () -> n.provision(bob, s, IDS, T0));
        refused(ErrorCode.ALREADY_CLAIMED, () -> n.provision(alice, s, IDS, T0));
    }

    @Test
    void provisioning_in_an_inactive_series_is_refused() {
        Series s = series(false, new Money(1, "KES"), Duration.ZERO);
        refused(ErrorCode.SERIES_NOT_ACTIVE, () -> numberIn(s).provision(alice, s, IDS, T0));
    }

    @Test
    void provisioning_in_an_unpriced_series_is_refused() {
        Series s = series(true, null, Duration.ZERO);
        refused(ErrorCode.PRICE_MISSING, () -> numberIn(s).provision(alice, s, IDS, T0));
    }

    @Test
    void a_pending_number_cannot_be_provisioned() {
        Series s = sellable(Duration.ZERO);
        PhoneNumber pending = PhoneNumber.acquire(s, new NumberId(UUID.randomUUID()),
                E164.parse("e164", "+254700000002"), s.capabilities(), true, IDS, T0).number();
        assertEquals(NumberStatus.PENDING, pending.status());
        refused(ErrorCode.NOT_AVAILABLE, () -> pending.provision(alice, s, IDS, T0));
    }

    @Test
    void release_ends_the_rental_with_its_reason_and_quarantines_the_number() {
        Series s = sellable(Duration.ofDays(30));
        PhoneNumber n = numberIn(s);
        NumberProvisioned provisioned = n.provision(alice, s, IDS, T0);
        Instant later = T0.plusSeconds(3600);
        NumberReleased event = n.release(ReleaseReason.EXPLICIT, Optional.of(alice), s, IDS, later);
        assertEquals(NumberStatus.QUARANTINED, n.status());
        assertEquals(new NumberState.Quarantined(alice, later.plus(Duration.ofDays(30))), n.state());
        assertTrue(n.openRental().isEmpty());
        assertEquals(provisioned.rentalId(), event.rentalId());
        assertEquals(later, event.releasedAt());
        assertEquals(alice, event.workspace());
        assertEquals(ReleaseReason.EXPLICIT, event.releaseReason());
    }

    @Test
    void release_with_a_zero_quarantine_makes_the_number_available_at_once() {
        Series s = sellable(Duration.ZERO);
        PhoneNumber n = heldByAlice(s);
        n.release(ReleaseReason.ADMIN_RELEASED, Optional.empty(), s, IDS, T0);
        assertEquals(NumberStatus.AVAILABLE, n.status());
        n.provision(bob, s, IDS, T0);
        assertEquals(Optional.of(bob), n.workspaceId());
    }

    @Test
    void during_quarantine_only_the_previous_workspace_may_take_the_number_back() {
        Series s = sellable(Duration.ofDays(30));
        PhoneNumber n = heldByAlice(s);
        n.release(ReleaseReason.EXPLICIT, Optional.empty(), s, IDS, T0);
        refused(ErrorCode.NOT_AVAILABLE, () -> n.provision(bob, s, IDS, T0.plus(Duration.ofDays(29))));
        n.provision(alice, s, IDS, T0.plus(Duration.ofDays(29)));
        assertEquals(NumberStatus.ASSIGNED, n.status());
    }

    @Test
    void once_quarantine_has_run_out_anyone_may_provision_the_number() {
        Series s = sellable(Duration.ofDays(30));
        PhoneNumber n = heldByAlice(s);
        n.release(ReleaseReason.EXPLICIT, Optional.empty(), s, IDS, T0);
        n.provision(bob, s, IDS, T0.plus(Duration.ofDays(30)));
        assertEquals(Optional.of(bob), n.workspaceId());
    }

    @Test
    void releasing_a_number_without_an_open_rental_is_refused() {
        Series s = sellable(Duration.ZERO);
        refused(ErrorCode.NOT_ASSIGNED, () -> numberIn(s).release(ReleaseReason.EXPLICIT, Optional.empty(), s, IDS, T0));
    }

    @Test
    void release_on_behalf_of_a_workspace_that_does_not_hold_the_number_is_refused() {
        Series s = sellable(Duration.ZERO);
        PhoneNumber n = heldByAlice(s);
        refused(ErrorCode.NOT_ASSIGNED, () -> n.release(ReleaseReason.EXPLICIT, Optional.of(bob), s, IDS, T0));
        assertEquals(NumberStatus.ASSIGNED, n.status());
    }

    @Test
    void retiring_an_assigned_number_is_refused_and_a_retired_number_refuses_everything() {
        Series s = sellable(Duration.ZERO);
        PhoneNumber n = heldByAlice(s);
        refused(ErrorCode.ASSIGNED, () -> n.retire("operator", IDS, T0));
        n.release(ReleaseReason.PROVIDER_RELEASED, Optional.empty(), s, IDS, T0);
        NumberRetired retired = n.retire("provider took it back", IDS, T0);
        assertEquals("number.retired", retired.kind());
        assertEquals(NumberStatus.RETIRED, n.status());
        refused(ErrorCode.RETIRED, () -> n.provision(alice, s, IDS, T0));
        refused(ErrorCode.RETIRED, () -> n.release(ReleaseReason.EXPLICIT, Optional.empty(), s, IDS, T0));
        refused(ErrorCode.RETIRED, () -> n.retire("again", IDS, T0));
    }

    @Test
    void event_sequences_grow_by_one_per_change() {
        Series s = sellable(Duration.ZERO);
        PhoneNumber n = numberIn(s);
        long a = n.provision(alice, s, IDS, T0).sequence();
        long b = n.release(ReleaseReason.EXPLICIT, Optional.empty(), s, IDS, T0).sequence();
        long c = n.provision(bob, s, IDS, T0).sequence();
        assertEquals(a + 1, b);
        assertEquals(b + 1, c);
        assertFalse(n.suspended());
    }
}
