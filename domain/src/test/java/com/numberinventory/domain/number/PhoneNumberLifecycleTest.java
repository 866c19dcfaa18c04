package com.numberinventory.domain.number;

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

/** Reservations, trials, quarantine end, suspension and activation: every transition and refusal. */
class PhoneNumberLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-06-27T10:00:00Z");
    private static final IdSource IDS = IdSource.uuidV7(Clock.fixed(T0, ZoneOffset.UTC));
    private final WorkspaceId alice = new WorkspaceId(UUID.randomUUID());
    private final WorkspaceId bob = new WorkspaceId(UUID.randomUUID());
    private final Series series = sellable(Duration.ofDays(30));

    private static Series sellable(Duration quarantine) {
        Series s = Series.create(new SeriesId(UUID.randomUUID()), new ProviderId(UUID.randomUUID()), "KE",
                new CountryCode("KE"), Capabilities.of(Capability.VOICE), new Money(500, "KES"), null,
                new QuarantinePeriod(quarantine), T0);
        s.activate(UUID.randomUUID(), T0);
        return s;
    }

    private PhoneNumber available() {
        return PhoneNumber.importInto(series, new NumberId(UUID.randomUUID()), E164.parse("e164", "+254711000001"),
                IDS, T0).number();
    }

    private static void refused(ErrorCode code, Executable action) {
        assertEquals(code, assertThrows(DomainException.class, action).errorCode());
    }

    @Test
    void a_reservation_holds_the_number_for_its_workspace_only() {
        PhoneNumber n = available();
        n.reserve(alice, T0.plusSeconds(900), IDS, T0);
        assertEquals(NumberStatus.RESERVED, n.status());
        refused(ErrorCode.ALREADY_CLAIMED, () -> n.provision(bob, series, IDS, T0.plusSeconds(10)));
        refused(ErrorCode.ALREADY_CLAIMED, () -> n.reserve(bob, T0.plusSeconds(900), IDS, T0.plusSeconds(10)));
        n.provision(alice, series, IDS, T0.plusSeconds(10));
        assertEquals(NumberStatus.ASSIGNED, n.status());
        assertTrue(n.reservedBy().isEmpty());
    }

    @Test
    void the_reserving_workspace_may_extend_its_reservation() {
        PhoneNumber n = available();
        n.reserve(alice, T0.plusSeconds(60), IDS, T0);
        n.reserve(alice, T0.plusSeconds(600), IDS, T0.plusSeconds(30));
        assertEquals(Optional.of(T0.plusSeconds(600)), n.reservedUntil());
    }

    @Test
    void a_lapsed_reservation_no_longer_holds_the_number() {
        PhoneNumber n = available();
        n.reserve(alice, T0.plusSeconds(60), IDS, T0);
        n.provision(bob, series, IDS, T0.plusSeconds(60));
        assertEquals(Optional.of(bob), n.workspaceId());
    }

    @Test
    void expiry_returns_a_lapsed_reservation_to_available_and_nothing_else() {
        PhoneNumber n = available();
        n.reserve(alice, T0.plusSeconds(60), IDS, T0);
        assertTrue(n.expireReservation(IDS, T0.plusSeconds(59)).isEmpty());
        assertEquals("number.reservation_expired", n.expireReservation(IDS, T0.plusSeconds(60)).orElseThrow().kind());
        assertEquals(NumberStatus.AVAILABLE, n.status());
        assertTrue(n.expireReservation(IDS, T0.plusSeconds(61)).isEmpty());
    }

    @Test
    void only_the_reserving_workspace_may_cancel_and_only_a_reservation() {
        PhoneNumber n = available();
        refused(ErrorCode.NOT_RESERVED, () -> n.cancelReservation(Optional.empty(), IDS, T0));
        n.reserve(alice, T0.plusSeconds(60), IDS, T0);
        refused(ErrorCode.NOT_RESERVED, () -> n.cancelReservation(Optional.of(bob), IDS, T0));
        assertEquals("number.reservation_cancelled", n.cancelReservation(Optional.of(alice), IDS, T0).kind());
        assertEquals(NumberStatus.AVAILABLE, n.status());
    }

    @Test
    void numbers_that_are_not_free_cannot_be_reserved() {
        PhoneNumber assigned = available();
        assigned.provision(alice, series, IDS, T0);
        refused(ErrorCode.ALREADY_CLAIMED, () -> assigned.reserve(bob, T0.plusSeconds(60), IDS, T0));
        assigned.release(ReleaseReason.EXPLICIT, Optional.empty(), series, IDS, T0);
        refused(ErrorCode.NOT_AVAILABLE, () -> assigned.reserve(bob, T0.plusSeconds(60), IDS, T0));
        refused(ErrorCode.NOT_AVAILABLE, () -> assigned.reserve(alice, T0.plusSeconds(60), IDS, T0));
    }

    @Test
    void quarantine_ends_only_when_its_time_has_come() {
        PhoneNumber n = available();
        n.provision(alice, series, IDS, T0);
        n.release(ReleaseReason.EXPLICIT, Optional.empty(), series, IDS, T0);
        assertTrue(n.endQuarantine(IDS, T0.plus(Duration.ofDays(29))).isEmpty());
        assertEquals("number.quarantine_ended", n.endQuarantine(IDS, T0.plus(Duration.ofDays(30))).orElseThrow().kind());
        assertEquals(NumberStatus.AVAILABLE, n.status());
        assertTrue(n.previousWorkspace().isEmpty());
    }

    @Test
    void an_unconverted_trial_expires_with_trial_expired_and_a_converted_one_does_not() {
        PhoneNumber trial = available();
        trial.provision(alice, series, Optional.of(Duration.ofDays(7)), IDS, T0);
        assertEquals(Optional.of(T0.plus(Duration.ofDays(7))), trial.openRental().map(r -> r.trialEndsAt()));
        assertTrue(trial.expireTrial(series, IDS, T0.plus(Duration.ofDays(6))).isEmpty());
        assertEquals(ReleaseReason.TRIAL_EXPIRED,
                trial.expireTrial(series, IDS, T0.plus(Duration.ofDays(7))).orElseThrow().releaseReason());
        assertEquals(NumberStatus.QUARANTINED, trial.status());

        PhoneNumber converted = available();
        converted.provision(bob, series, Optional.of(Duration.ofDays(7)), IDS, T0);
        converted.convertTrial(IDS, T0.plus(Duration.ofDays(1)));
        assertTrue(converted.expireTrial(series, IDS, T0.plus(Duration.ofDays(8))).isEmpty());
        refused(ErrorCode.NOT_TRIAL, () -> converted.convertTrial(IDS, T0));
    }

    @Test
    void a_paid_rental_is_not_a_trial() {
        PhoneNumber n = available();
        n.provision(alice, series, IDS, T0);
        refused(ErrorCode.NOT_TRIAL, () -> n.convertTrial(IDS, T0));
        assertTrue(n.expireTrial(series, IDS, T0.plus(Duration.ofDays(400))).isEmpty());
    }

    @Test
    void only_an_assigned_number_can_be_suspended_and_repeats_change_nothing() {
        PhoneNumber n = available();
        refused(ErrorCode.NOT_ASSIGNED, () -> n.changeRouting(true, "x", IDS, T0));
        n.provision(alice, series, IDS, T0);
        assertEquals("number.suspended", n.changeRouting(true, "fraud", IDS, T0).orElseThrow().kind());
        assertTrue(n.suspended());
        assertTrue(n.changeRouting(true, "fraud", IDS, T0).isEmpty());
        assertEquals("number.resumed", n.changeRouting(false, "ok", IDS, T0).orElseThrow().kind());
        assertFalse(n.suspended());
    }

    @Test
    void release_clears_a_suspension() {
        PhoneNumber n = available();
        n.provision(alice, series, IDS, T0);
        n.changeRouting(true, "fraud", IDS, T0);
        n.release(ReleaseReason.ADMIN_RELEASED, Optional.empty(), series, IDS, T0);
        assertFalse(n.suspended());
    }

    @Test
    void only_a_pending_number_can_be_activated() {
        PhoneNumber pending = PhoneNumber.acquire(series, new NumberId(UUID.randomUUID()),
                E164.parse("e164", "+254711000002"), series.capabilities(), true, IDS, T0).number();
        assertEquals("number.activated", pending.activate(IDS, T0).kind());
        assertEquals(NumberStatus.AVAILABLE, pending.status());
        refused(ErrorCode.NOT_PENDING, () -> pending.activate(IDS, T0));
    }
}
