package com.numberinventory.domain.number;

import com.numberinventory.domain.event.NumberActivated;
import com.numberinventory.domain.event.NumberAdded;
import com.numberinventory.domain.event.NumberMessagingChanged;
import com.numberinventory.domain.event.NumberProvisioned;
import com.numberinventory.domain.event.NumberQuarantineEnded;
import com.numberinventory.domain.event.NumberReleased;
import com.numberinventory.domain.event.NumberReservationEnded;
import com.numberinventory.domain.event.NumberReserved;
import com.numberinventory.domain.event.NumberRetired;
import com.numberinventory.domain.event.NumberRoutingChanged;
import com.numberinventory.domain.event.NumberTransferred;
import com.numberinventory.domain.event.TrialConverted;
import com.numberinventory.domain.number.NumberState.Assigned;
import com.numberinventory.domain.number.NumberState.Available;
import com.numberinventory.domain.number.NumberState.Pending;
import com.numberinventory.domain.number.NumberState.Quarantined;
import com.numberinventory.domain.number.NumberState.Reserved;
import com.numberinventory.domain.number.NumberState.Retired;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.rental.Rental;
import com.numberinventory.domain.rental.RentalId;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.IdSource;
import com.numberinventory.domain.shared.Money;
import com.numberinventory.domain.shared.WorkspaceId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One DID and where it is in its lifecycle. Guards the provisioning and release rules of domain.md
 * (rules 2 to 4); every transition is a switch over the sealed {@link NumberState} and returns the event it
 * produces, which the caller saves together with the number.
 */
public final class PhoneNumber {

    private final NumberId id;
    private final E164 e164;
    private final Capabilities capabilities;
    private final SeriesId seriesId;
    private final ProviderId providerId;
    private NumberState state;
    private final Instant createdAt;
    private Instant updatedAt;
    private long eventSequence;
    private final long version;
    /** Read from storage, or worked out from the E.164 when first asked (it is a pure function of it). */
    private NumberType numberType;

    /** Rebuilds a number from storage, with its stored type (null: not stored yet, worked out on demand). */
    public PhoneNumber(NumberId id, E164 e164, Capabilities capabilities, NumberState state, SeriesId seriesId,
                       ProviderId providerId, Instant createdAt, Instant updatedAt, long eventSequence,
                       long version, NumberType numberType) {
        this(id, e164, capabilities, state, seriesId, providerId, createdAt, updatedAt, eventSequence, version);
        this.numberType = numberType;
    }

    /** Rebuilds a number from storage. */
    public PhoneNumber(NumberId id, E164 e164, Capabilities capabilities, NumberState state, SeriesId seriesId,
                       ProviderId providerId, Instant createdAt, Instant updatedAt, long eventSequence,
                       long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.e164 = Objects.requireNonNull(e164, "e164");
        this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
        this.state = Objects.requireNonNull(state, "state");
        this.seriesId = Objects.requireNonNull(seriesId, "seriesId");
        this.providerId = Objects.requireNonNull(providerId, "providerId");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.eventSequence = eventSequence;
        this.version = version;
        if (state instanceof Assigned a && !a.rental().numberId().equals(id)) {
            throw new IllegalStateException("number " + id + ": its open rental belongs to another number");
        }
    }

    /** A new number entering the inventory through an import: available at once. */
    public static Added importInto(Series series, NumberId id, E164 e164, IdSource ids, Instant now) {
        return add(series, id, e164, series.capabilities(), new Available(), ids, now);
    }

    /**
     * A number the upstream provider reports as acquired: {@code pending} while provider-side or regulatory
     * checks are outstanding, else available.
     */
    public static Added acquire(Series series, NumberId id, E164 e164, Capabilities capabilities, boolean pending,
                                IdSource ids, Instant now) {
        return add(series, id, e164, capabilities, pending ? new Pending() : new Available(), ids, now);
    }

    private static Added add(Series series, NumberId id, E164 e164, Capabilities capabilities, NumberState state,
                             IdSource ids, Instant now) {
        series.admit(e164);
        PhoneNumber number = new PhoneNumber(id, e164, capabilities, state, series.id(), series.providerId(), now,
                now, 0, 0);
        NumberAdded event = new NumberAdded(ids.next(), now, id, e164, capabilities, series.id(),
                series.providerId(), state.status(), number.nextSequence());
        return new Added(number, event);
    }

    /** A number and the event that announced it. */
    public record Added(PhoneNumber number, NumberAdded event) {
    }

    /**
     * Claims this number for a workspace (rule 3): it must be available, or held for that same workspace
     * (its reservation, or its quarantine after it released the number); its series must be active and priced.
     */
    public NumberProvisioned provision(WorkspaceId workspace, Series series, IdSource ids, Instant now) {
        return provision(workspace, series, Optional.empty(), ids, now);
    }

    /** As {@link #provision(WorkspaceId, Series, IdSource, Instant)}, as a trial ending after {@code trial}. */
    public NumberProvisioned provision(WorkspaceId workspace, Series series, Optional<Duration> trial, IdSource ids,
                                       Instant now) {
        Objects.requireNonNull(workspace, "workspace");
        requireOwnSeries(series);
        requireClaimableBy(workspace, now);
        if (!series.isActive()) {
            throw new DomainException(ErrorCode.SERIES_NOT_ACTIVE,
                    "the series of " + e164 + " is not active, so its numbers cannot be provisioned");
        }
        Money price = series.monthlyPrice().orElseThrow(() -> new DomainException(ErrorCode.PRICE_MISSING,
                "the series of " + e164 + " has no monthly price, so its numbers cannot be provisioned"));
        Rental rental = Rental.start(new RentalId(ids.next()), id, workspace, now, price,
                trial.map(now::plus).orElse(null));
        moveTo(new Assigned(rental, false), now);
        return new NumberProvisioned(ids.next(), now, workspace, id, e164, capabilities, seriesId, rental.id(), now,
                nextSequence());
    }

    private void requireClaimableBy(WorkspaceId workspace, Instant now) {
        switch (state) {
            case Available a -> {
            }
            case Retired r -> throw retired();
            case Assigned a -> throw new DomainException(ErrorCode.ALREADY_CLAIMED,
                    e164 + " is already provisioned to a workspace");
            case Reserved r -> {
                if (!r.lapsedAt(now) && !workspace.equals(r.by())) {
                    throw new DomainException(ErrorCode.ALREADY_CLAIMED,
                            e164 + " is reserved for another workspace");
                }
            }
            case Quarantined q -> {
                if (!q.overAt(now) && !workspace.equals(q.previous())) {
                    throw new DomainException(ErrorCode.NOT_AVAILABLE,
                            e164 + " is in quarantine after release until " + q.until()
                                    + "; only its previous workspace may take it back");
                }
            }
            case Pending p -> throw new DomainException(ErrorCode.NOT_AVAILABLE,
                    e164 + " is pending provider-side checks and cannot be provisioned yet");
        }
    }

    /**
     * Ends the open rental (rule 4). The number goes to quarantine for the series' period, or straight back to
     * available when that period is zero. {@code requester}, when given, must be the holder.
     */
    public NumberReleased release(ReleaseReason reason, Optional<WorkspaceId> requester, Series series,
                                  IdSource ids, Instant now) {
        Objects.requireNonNull(reason, "reason");
        requireOwnSeries(series);
        Assigned assigned = assigned();
        WorkspaceId holder = assigned.workspace();
        if (requester.isPresent() && !requester.get().equals(holder)) {
            throw new DomainException(ErrorCode.NOT_ASSIGNED, e164 + " is not provisioned to workspace "
                    + requester.get());
        }
        Rental ended = assigned.rental().end(now, reason);
        Instant quarantineUntil = series.quarantinePeriod().isZero() ? null
                : now.plus(series.quarantinePeriod().duration());
        moveTo(quarantineUntil == null ? new Available() : new Quarantined(holder, quarantineUntil), now);
        return new NumberReleased(ids.next(), now, holder, id, e164, reason, ended.endedAt(), ended.id(),
                quarantineUntil, nextSequence());
    }

    /**
     * Moves the number to another workspace: the open rental ends with {@link ReleaseReason#TRANSFERRED} and a new
     * one opens at the same instant at the series' current price (no trial), with no quarantine between them. The
     * routing state (suspended or not) is kept. {@code expectedHolder}, when given, must be the holder
     * ({@code numbers.holder_mismatch}); moving it to its own holder is refused ({@code numbers.same_workspace}).
     */
    public NumberTransferred transfer(WorkspaceId to, Optional<WorkspaceId> expectedHolder, Series series,
                                      IdSource ids, Instant now) {
        Objects.requireNonNull(to, "to");
        requireOwnSeries(series);
        Assigned assigned = assigned();
        WorkspaceId holder = assigned.workspace();
        if (expectedHolder.isPresent() && !expectedHolder.get().equals(holder)) {
            throw new DomainException(ErrorCode.HOLDER_MISMATCH, e164 + " is not held by workspace "
                    + expectedHolder.get(), List.of(new DomainException.FieldError("from_workspace_id",
                    "is not the workspace holding the number")));
        }
        if (to.equals(holder)) {
            throw new DomainException(ErrorCode.SAME_WORKSPACE, e164 + " is already held by workspace " + to,
                    List.of(new DomainException.FieldError("to_workspace_id",
                            "is the workspace already holding the number")));
        }
        Money price = series.monthlyPrice().orElseThrow(() -> new DomainException(ErrorCode.PRICE_MISSING,
                "the series of " + e164 + " has no monthly price, so the number cannot be transferred"));
        Rental ended = assigned.rental().end(now, ReleaseReason.TRANSFERRED);
        Rental opened = Rental.start(new RentalId(ids.next()), id, to, now, price, null);
        moveTo(new Assigned(opened, assigned.suspended()), now);
        return new NumberTransferred(ids.next(), now, holder, to, id, e164, ended.id(), opened.id(), price,
                nextSequence());
    }

    /**
     * Takes the number out of inventory for good. Refused while a workspace rents it ({@code numbers.assigned}):
     * release it first. Retired numbers are kept for history and refuse every command.
     */
    public NumberRetired retire(String reason, IdSource ids, Instant now) {
        switch (state) {
            case Retired r -> throw new DomainException(ErrorCode.RETIRED, e164 + " is already retired");
            case Assigned a -> throw new DomainException(ErrorCode.ASSIGNED,
                    e164 + " is provisioned to a workspace; release it before retiring it");
            case Pending p -> {
            }
            case Available a -> {
            }
            case Reserved r -> {
            }
            case Quarantined q -> {
            }
        }
        moveTo(new Retired(), now);
        return new NumberRetired(ids.next(), now, id, e164, reason, nextSequence());
    }

    /**
     * Holds an available number for one workspace until {@code until}. The same workspace may extend its own
     * reservation; a reservation that has lapsed counts as free.
     */
    public NumberReserved reserve(WorkspaceId workspace, Instant until, IdSource ids, Instant now) {
        Objects.requireNonNull(workspace, "workspace");
        if (state instanceof Quarantined q && workspace.equals(q.previous())) {
            throw new DomainException(ErrorCode.NOT_AVAILABLE, e164
                    + " is in quarantine after your release; provision it directly to take it back");
        }
        requireClaimableBy(workspace, now);
        moveTo(new Reserved(workspace, until), now);
        return new NumberReserved(ids.next(), now, workspace, id, e164, until, nextSequence());
    }

    /** Cancels a reservation; {@code requester}, when given, must be the reserving workspace. */
    public NumberReservationEnded cancelReservation(Optional<WorkspaceId> requester, IdSource ids, Instant now) {
        requireNotRetired();
        if (!(state instanceof Reserved r) || requester.filter(w -> !w.equals(r.by())).isPresent()) {
            throw new DomainException(ErrorCode.NOT_RESERVED, e164 + " has no reservation"
                    + requester.map(w -> " for workspace " + w).orElse(""));
        }
        return endReservation(r, false, ids, now);
    }

    /** Returns a number whose reservation has run out to available; nothing when it has not. */
    public Optional<NumberReservationEnded> expireReservation(IdSource ids, Instant now) {
        if (state instanceof Reserved r && r.lapsedAt(now)) {
            return Optional.of(endReservation(r, true, ids, now));
        }
        return Optional.empty();
    }

    private NumberReservationEnded endReservation(Reserved reserved, boolean expired, IdSource ids, Instant now) {
        moveTo(new Available(), now);
        return new NumberReservationEnded(ids.next(), now, reserved.by(), id, e164, expired, nextSequence());
    }

    /** Returns a number whose quarantine has run out to available; nothing when it has not. */
    public Optional<NumberQuarantineEnded> endQuarantine(IdSource ids, Instant now) {
        if (state instanceof Quarantined q && q.overAt(now)) {
            moveTo(new Available(), now);
            return Optional.of(new NumberQuarantineEnded(ids.next(), now, id, e164, nextSequence()));
        }
        return Optional.empty();
    }

    /** Releases a number whose unconverted trial has ended, with {@code trial_expired}; nothing otherwise. */
    public Optional<NumberReleased> expireTrial(Series series, IdSource ids, Instant now) {
        if (state instanceof Assigned a && a.rental().isUnconvertedTrial() && !a.rental().trialEndsAt().isAfter(now)) {
            return Optional.of(release(ReleaseReason.TRIAL_EXPIRED, Optional.empty(), series, ids, now));
        }
        return Optional.empty();
    }

    /** Makes the open trial rental a paid rental. */
    public TrialConverted convertTrial(IdSource ids, Instant now) {
        if (!(state instanceof Assigned a)) {
            throw new DomainException(ErrorCode.RENTAL_ENDED, "the rental of " + e164 + " has ended");
        }
        if (!a.rental().isUnconvertedTrial()) {
            throw new DomainException(ErrorCode.NOT_TRIAL, "the rental of " + e164 + " is not an unconverted trial");
        }
        Rental converted = a.rental().convert(now);
        moveTo(new Assigned(converted, a.suspended()), now);
        return new TrialConverted(ids.next(), now, converted.workspaceId(), id, e164, converted.id(),
                nextSequence());
    }

    /** Suspends or resumes routing of an assigned number; nothing when it is already so. */
    public Optional<NumberRoutingChanged> changeRouting(boolean suspend, String reason, IdSource ids, Instant now) {
        Assigned a = assigned();
        if (a.suspended() == suspend) {
            return Optional.empty();
        }
        moveTo(new Assigned(a.rental(), suspend), now);
        return Optional.of(new NumberRoutingChanged(ids.next(), now, a.workspace(), id, e164, suspend, reason,
                nextSequence()));
    }

    /** A pending number whose provider-side checks are met becomes available. */
    public NumberActivated activate(IdSource ids, Instant now) {
        requireNotRetired();
        if (!(state instanceof Pending)) {
            throw new DomainException(ErrorCode.NOT_PENDING,
                    e164 + " is " + state.status().wireName() + ", not pending");
        }
        moveTo(new Available(), now);
        return new NumberActivated(ids.next(), now, id, e164, nextSequence());
    }

    /** Records that the number's 10DLC messaging state changed; retired numbers refuse it. */
    public NumberMessagingChanged messagingChanged(LineMessaging messaging, IdSource ids, Instant now) {
        requireNotRetired();
        if (!messaging.numberId().equals(id)) {
            throw new IllegalArgumentException("messaging of " + messaging.numberId() + " is not of number " + id);
        }
        this.updatedAt = now;
        return new NumberMessagingChanged(ids.next(), now, id, e164, messaging, nextSequence());
    }

    /**
     * Whether a workspace may see this number: its own (held, reserved, or in quarantine after its own rental) or
     * one free in the inventory. Any other answers as a number that does not exist.
     */
    public boolean visibleTo(WorkspaceId workspace) {
        return switch (state) {
            case Assigned a -> a.rental().workspaceId().equals(workspace);
            case Reserved r -> r.by().equals(workspace);
            case Available a -> true;
            case Quarantined q -> workspace.equals(q.previous());
            case Pending p -> false;
            case Retired r -> false;
        };
    }

    /** The assigned state, or the refusal a number that is not rented gives. */
    private Assigned assigned() {
        return switch (state) {
            case Assigned a -> a;
            case Retired r -> throw retired();
            case Pending p -> throw notAssigned();
            case Available a -> throw notAssigned();
            case Reserved r -> throw notAssigned();
            case Quarantined q -> throw notAssigned();
        };
    }

    private DomainException notAssigned() {
        return new DomainException(ErrorCode.NOT_ASSIGNED, e164 + " is not provisioned to any workspace");
    }

    private DomainException retired() {
        return new DomainException(ErrorCode.RETIRED, e164 + " is retired");
    }

    private void requireNotRetired() {
        if (state instanceof Retired) {
            throw retired();
        }
    }

    private void requireOwnSeries(Series series) {
        if (!series.id().equals(seriesId)) {
            throw new IllegalArgumentException("series " + series.id() + " is not the series of number " + id);
        }
    }

    private void moveTo(NumberState next, Instant now) {
        this.state = next;
        this.updatedAt = now;
    }

    private long nextSequence() {
        return ++eventSequence;
    }

    public NumberId id() { return id; }
    public E164 e164() { return e164; }

    /** What kind of line this is (libphonenumber's classification of the E.164). */
    public NumberType numberType() {
        NumberType t = numberType;
        if (t == null) {
            t = NumberType.of(e164);
            numberType = t;
        }
        return t;
    }

    public Capabilities capabilities() { return capabilities; }
    public NumberState state() { return state; }
    public NumberStatus status() { return state.status(); }
    public SeriesId seriesId() { return seriesId; }
    public ProviderId providerId() { return providerId; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long eventSequence() { return eventSequence; }
    public long version() { return version; }

    public Optional<Rental> openRental() {
        return state instanceof Assigned a ? Optional.of(a.rental()) : Optional.empty();
    }

    /** The renting workspace, while assigned. */
    public Optional<WorkspaceId> workspaceId() {
        return openRental().map(Rental::workspaceId);
    }

    public Optional<WorkspaceId> reservedBy() {
        return state instanceof Reserved r ? Optional.of(r.by()) : Optional.empty();
    }

    public Optional<Instant> reservedUntil() {
        return state instanceof Reserved r ? Optional.of(r.until()) : Optional.empty();
    }

    public Optional<WorkspaceId> previousWorkspace() {
        return state instanceof Quarantined q ? Optional.ofNullable(q.previous()) : Optional.empty();
    }

    public Optional<Instant> quarantineUntil() {
        return state instanceof Quarantined q ? Optional.of(q.until()) : Optional.empty();
    }

    public boolean suspended() {
        return state instanceof Assigned a && a.suspended();
    }
}
