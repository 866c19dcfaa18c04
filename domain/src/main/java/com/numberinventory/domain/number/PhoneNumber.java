package com.numberinventory.domain.number;

import com.numberinventory.domain.event.NumberActivated;
import com.numberinventory.domain.event.NumberAdded;
import com.numberinventory.domain.event.NumberQuarantineEnded;
import com.numberinventory.domain.event.NumberReservationEnded;
import com.numberinventory.domain.event.NumberReserved;
import com.numberinventory.domain.event.NumberRoutingChanged;
import com.numberinventory.domain.event.TrialConverted;
import com.numberinventory.domain.event.NumberMessagingChanged;
import com.numberinventory.domain.event.NumberProvisioned;
import com.numberinventory.domain.event.NumberReleased;
import com.numberinventory.domain.event.NumberRetired;
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
import java.util.Objects;
import java.util.Optional;

/**
 * One DID and where it is in its lifecycle. Guards the provisioning and release rules of domain.md
 * (rules 2 to 4) and returns the event each change produces.
 */
public final class PhoneNumber {

    private final NumberId id;
    private final E164 e164;
    private Capabilities capabilities;
    private NumberStatus status;
    private final SeriesId seriesId;
    private final ProviderId providerId;
    private Rental openRental;
    private WorkspaceId reservedBy;
    private Instant reservedUntil;
    private WorkspaceId previousWorkspace;
    private Instant quarantineUntil;
    private boolean suspended;
    private final Instant createdAt;
    private Instant updatedAt;
    private long eventSequence;
    private final long version;

    /** Rebuilds a number from storage. */
    public PhoneNumber(NumberId id, E164 e164, Capabilities capabilities, NumberStatus status, SeriesId seriesId,
                       ProviderId providerId, Rental openRental, WorkspaceId reservedBy, Instant reservedUntil,
                       WorkspaceId previousWorkspace, Instant quarantineUntil, boolean suspended, Instant createdAt,
                       Instant updatedAt, long eventSequence, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.e164 = Objects.requireNonNull(e164, "e164");
        this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
        this.status = Objects.requireNonNull(status, "status");
        this.seriesId = Objects.requireNonNull(seriesId, "seriesId");
        this.providerId = Objects.requireNonNull(providerId, "providerId");
        this.openRental = openRental;
        this.reservedBy = reservedBy;
        this.reservedUntil = reservedUntil;
        this.previousWorkspace = previousWorkspace;
        this.quarantineUntil = quarantineUntil;
        this.suspended = suspended;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.eventSequence = eventSequence;
        this.version = version;
        if ((status == NumberStatus.ASSIGNED) != (openRental != null)) {
            throw new IllegalStateException("number " + id + ": an assigned number has exactly one open rental");
        }
    }

    /** A new number entering the inventory through an import: available at once. */
    public static Added importInto(Series series, NumberId id, E164 e164, IdSource ids, Instant now) {
        series.admit(e164);
        PhoneNumber number = new PhoneNumber(id, e164, series.capabilities(), NumberStatus.AVAILABLE, series.id(),
                series.providerId(), null, null, null, null, null, false, now, now, 0, 0);
        NumberAdded event = new NumberAdded(ids.next(), now, id, e164, series.capabilities(), series.id(),
                series.providerId(), NumberStatus.AVAILABLE, number.nextSequence());
        return new Added(number, event);
    }

    /**
     * A number the upstream provider reports as acquired: {@code pending} while provider-side or regulatory
     * checks are outstanding, else available.
     */
    public static Added acquire(Series series, NumberId id, E164 e164, Capabilities capabilities, boolean pending,
                                IdSource ids, Instant now) {
        series.admit(e164);
        NumberStatus status = pending ? NumberStatus.PENDING : NumberStatus.AVAILABLE;
        PhoneNumber number = new PhoneNumber(id, e164, capabilities, status, series.id(), series.providerId(), null,
                null, null, null, null, false, now, now, 0, 0);
        NumberAdded event = new NumberAdded(ids.next(), now, id, e164, capabilities, series.id(),
                series.providerId(), status, number.nextSequence());
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
        if (!series.id().equals(seriesId)) {
            throw new IllegalArgumentException("series " + series.id() + " is not the series of number " + id);
        }
        requireClaimableBy(workspace, now);
        if (!series.isActive()) {
            throw new DomainException(ErrorCode.SERIES_NOT_ACTIVE,
                    "the series of " + e164 + " is not active, so its numbers cannot be provisioned");
        }
        Money price = series.monthlyPrice().orElseThrow(() -> new DomainException(ErrorCode.PRICE_MISSING,
                "the series of " + e164 + " has no monthly price, so its numbers cannot be provisioned"));
        Rental rental = Rental.start(new RentalId(ids.next()), id, workspace, now, price,
                trial.map(now::plus).orElse(null));
        this.openRental = rental;
        this.status = NumberStatus.ASSIGNED;
        this.reservedBy = null;
        this.reservedUntil = null;
        this.previousWorkspace = null;
        this.quarantineUntil = null;
        this.suspended = false;
        this.updatedAt = now;
        return new NumberProvisioned(ids.next(), now, workspace, id, e164, capabilities, seriesId, rental.id(), now,
                nextSequence());
    }

    private void requireClaimableBy(WorkspaceId workspace, Instant now) {
        switch (status) {
            case AVAILABLE -> {
            }
            case RETIRED -> throw new DomainException(ErrorCode.RETIRED, e164 + " is retired");
            case ASSIGNED -> throw new DomainException(ErrorCode.ALREADY_CLAIMED,
                    e164 + " is already provisioned to a workspace");
            case RESERVED -> {
                boolean lapsed = reservedUntil != null && !reservedUntil.isAfter(now);
                if (!lapsed && !workspace.equals(reservedBy)) {
                    throw new DomainException(ErrorCode.ALREADY_CLAIMED,
                            e164 + " is reserved for another workspace");
                }
            }
            case QUARANTINED -> {
                boolean over = quarantineUntil != null && !quarantineUntil.isAfter(now);
                if (!over && !workspace.equals(previousWorkspace)) {
                    throw new DomainException(ErrorCode.NOT_AVAILABLE,
                            e164 + " is in quarantine after release until " + quarantineUntil
                                    + "; only its previous workspace may take it back");
                }
            }
            case PENDING -> throw new DomainException(ErrorCode.NOT_AVAILABLE,
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
        if (status == NumberStatus.RETIRED) {
            throw new DomainException(ErrorCode.RETIRED, e164 + " is retired");
        }
        if (openRental == null) {
            throw new DomainException(ErrorCode.NOT_ASSIGNED, e164 + " is not provisioned to any workspace");
        }
        WorkspaceId holder = openRental.workspaceId();
        if (requester.isPresent() && !requester.get().equals(holder)) {
            throw new DomainException(ErrorCode.NOT_ASSIGNED, e164 + " is not provisioned to workspace "
                    + requester.get());
        }
        Rental ended = openRental.end(now, reason);
        this.openRental = null;
        this.lastEndedRental = ended;
        this.suspended = false;
        this.updatedAt = now;
        if (series.quarantinePeriod().isZero()) {
            this.status = NumberStatus.AVAILABLE;
            this.previousWorkspace = null;
            this.quarantineUntil = null;
        } else {
            this.status = NumberStatus.QUARANTINED;
            this.previousWorkspace = holder;
            this.quarantineUntil = now.plus(series.quarantinePeriod().duration());
        }
        return new NumberReleased(ids.next(), now, holder, id, e164, reason, now, ended.id(), quarantineUntil,
                nextSequence());
    }

    /**
     * Takes the number out of inventory for good. Refused while a workspace rents it ({@code numbers.assigned}):
     * release it first. Retired numbers are kept for history and refuse every command.
     */
    public NumberRetired retire(String reason, IdSource ids, Instant now) {
        if (status == NumberStatus.RETIRED) {
            throw new DomainException(ErrorCode.RETIRED, e164 + " is already retired");
        }
        if (status == NumberStatus.ASSIGNED) {
            throw new DomainException(ErrorCode.ASSIGNED,
                    e164 + " is provisioned to a workspace; release it before retiring it");
        }
        this.status = NumberStatus.RETIRED;
        this.reservedBy = null;
        this.reservedUntil = null;
        this.previousWorkspace = null;
        this.quarantineUntil = null;
        this.suspended = false;
        this.updatedAt = now;
        return new NumberRetired(ids.next(), now, id, e164, reason, nextSequence());
    }

    /**
     * Holds an available number for one workspace until {@code until}. The same workspace may extend its own
     * reservation; a reservation that has lapsed counts as free.
     */
    public NumberReserved reserve(WorkspaceId workspace, Instant until, IdSource ids, Instant now) {
        Objects.requireNonNull(workspace, "workspace");
        if (status == NumberStatus.QUARANTINED && workspace.equals(previousWorkspace)) {
            throw new DomainException(ErrorCode.NOT_AVAILABLE, e164
                    + " is in quarantine after your release; provision it directly to take it back");
        }
        requireClaimableBy(workspace, now);
        this.status = NumberStatus.RESERVED;
        this.reservedBy = workspace;
        this.reservedUntil = until;
        this.previousWorkspace = null;
        this.quarantineUntil = null;
        this.updatedAt = now;
        return new NumberReserved(ids.next(), now, workspace, id, e164, until, nextSequence());
    }

    /** Cancels a reservation; {@code requester}, when given, must be the reserving workspace. */
    public NumberReservationEnded cancelReservation(Optional<WorkspaceId> requester, IdSource ids, Instant now) {
        requireNotRetired();
        if (status != NumberStatus.RESERVED || requester.filter(r -> !r.equals(reservedBy)).isPresent()) {
            throw new DomainException(ErrorCode.NOT_RESERVED, e164 + " has no reservation"
                    + requester.map(r -> " for workspace " + r).orElse(""));
        }
        return endReservation(false, ids, now);
    }

    /** Returns a number whose reservation has run out to available; nothing when it has not. */
    public Optional<NumberReservationEnded> expireReservation(IdSource ids, Instant now) {
        if (status != NumberStatus.RESERVED || reservedUntil.isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(endReservation(true, ids, now));
    }

    private NumberReservationEnded endReservation(boolean expired, IdSource ids, Instant now) {
        WorkspaceId holder = reservedBy;
        this.status = NumberStatus.AVAILABLE;
        this.reservedBy = null;
        this.reservedUntil = null;
        this.updatedAt = now;
        return new NumberReservationEnded(ids.next(), now, holder, id, e164, expired, nextSequence());
    }

    /** Returns a number whose quarantine has run out to available; nothing when it has not. */
    public Optional<NumberQuarantineEnded> endQuarantine(IdSource ids, Instant now) {
        if (status != NumberStatus.QUARANTINED || quarantineUntil.isAfter(now)) {
            return Optional.empty();
        }
        this.status = NumberStatus.AVAILABLE;
        this.previousWorkspace = null;
        this.quarantineUntil = null;
        this.updatedAt = now;
        return Optional.of(new NumberQuarantineEnded(ids.next(), now, id, e164, nextSequence()));
    }

    /** Releases a number whose unconverted trial has ended, with {@code trial_expired}; nothing otherwise. */
    public Optional<NumberReleased> expireTrial(Series series, IdSource ids, Instant now) {
        if (openRental == null || !openRental.isUnconvertedTrial() || openRental.trialEndsAt().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(release(ReleaseReason.TRIAL_EXPIRED, Optional.empty(), series, ids, now));
    }

    /** Makes the open trial rental a paid rental. */
    public TrialConverted convertTrial(IdSource ids, Instant now) {
        if (openRental == null) {
            throw new DomainException(ErrorCode.RENTAL_ENDED, "the rental of " + e164 + " has ended");
        }
        if (!openRental.isUnconvertedTrial()) {
            throw new DomainException(ErrorCode.NOT_TRIAL, "the rental of " + e164 + " is not an unconverted trial");
        }
        this.openRental = openRental.convert(now);
        this.updatedAt = now;
        return new TrialConverted(ids.next(), now, openRental.workspaceId(), id, e164, openRental.id(),
                nextSequence());
    }

    /** Suspends or resumes routing of an assigned number; nothing when it is already so. */
    public Optional<NumberRoutingChanged> changeRouting(boolean suspend, String reason, IdSource ids, Instant now) {
        requireNotRetired();
        if (openRental == null) {
            throw new DomainException(ErrorCode.NOT_ASSIGNED, e164 + " is not provisioned to any workspace");
        }
        if (suspended == suspend) {
            return Optional.empty();
        }
        this.suspended = suspend;
        this.updatedAt = now;
        return Optional.of(new NumberRoutingChanged(ids.next(), now, openRental.workspaceId(), id, e164, suspend,
                reason, nextSequence()));
    }

    /** A pending number whose provider-side checks are met becomes available. */
    public NumberActivated activate(IdSource ids, Instant now) {
        requireNotRetired();
        if (status != NumberStatus.PENDING) {
            throw new DomainException(ErrorCode.NOT_PENDING, e164 + " is " + status.wireName() + ", not pending");
        }
        this.status = NumberStatus.AVAILABLE;
        this.updatedAt = now;
        return new NumberActivated(ids.next(), now, id, e164, nextSequence());
    }

    private void requireNotRetired() {
        if (status == NumberStatus.RETIRED) {
            throw new DomainException(ErrorCode.RETIRED, e164 + " is retired");
        }
    }

    private Rental lastEndedRental;

    /** Records that the number's 10DLC messaging state changed (issue 3); retired numbers refuse it. */
    public NumberMessagingChanged messagingChanged(LineMessaging messaging, IdSource ids, Instant now) {
        if (status == NumberStatus.RETIRED) {
            throw new DomainException(ErrorCode.RETIRED, e164 + " is retired");
        }
        this.updatedAt = now;
        return new NumberMessagingChanged(ids.next(), now, id, e164, messaging,
                nextSequence());
    }

    /** The rental that the last {@link #release} closed, for the caller to store. */
    public Optional<Rental> lastEndedRental() {
        return Optional.ofNullable(lastEndedRental);
    }

    private long nextSequence() {
        return ++eventSequence;
    }

    public NumberId id() { return id; }
    public E164 e164() { return e164; }
    public Capabilities capabilities() { return capabilities; }
    public NumberStatus status() { return status; }
    public SeriesId seriesId() { return seriesId; }
    public ProviderId providerId() { return providerId; }
    public Optional<Rental> openRental() { return Optional.ofNullable(openRental); }
    public Optional<WorkspaceId> workspaceId() {
        return openRental == null ? Optional.empty() : Optional.of(openRental.workspaceId());
    }
    public Optional<WorkspaceId> reservedBy() { return Optional.ofNullable(reservedBy); }
    public Optional<Instant> reservedUntil() { return Optional.ofNullable(reservedUntil); }
    public Optional<WorkspaceId> previousWorkspace() { return Optional.ofNullable(previousWorkspace); }
    public Optional<Instant> quarantineUntil() { return Optional.ofNullable(quarantineUntil); }
    public boolean suspended() { return suspended; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long eventSequence() { return eventSequence; }
    public long version() { return version; }
}
