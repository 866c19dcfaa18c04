package com.numberinventory.application.support;

import com.numberinventory.application.port.in.numbers.NumberDetails;
import com.numberinventory.application.port.in.numbers.DigitPatterns;
import com.numberinventory.application.port.in.numbers.NumberDetails;
import com.numberinventory.application.port.in.numbers.NumberFilter;
import com.numberinventory.application.port.in.numbers.ProvisionCriteria;
import com.numberinventory.application.port.out.numbers.LineMessagings;
import com.numberinventory.application.port.out.numbers.NumberReads;
import com.numberinventory.application.port.out.numbers.PhoneNumbers;
import com.numberinventory.application.port.out.series.SeriesCatalog;
import com.numberinventory.application.shared.NotFound;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.event.NumberEvent;
import com.numberinventory.domain.event.NumberMessagingChanged;
import com.numberinventory.domain.event.NumberProvisioned;
import com.numberinventory.domain.event.NumberReleased;
import com.numberinventory.domain.event.TrialConverted;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.LineMessaging;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.NumberState;
import com.numberinventory.domain.number.NumberStatus;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.rental.Rental;
import com.numberinventory.domain.rental.RentalId;
import com.numberinventory.domain.series.Series;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Numbers, rentals, messaging states and number events in memory, written the way the PostgreSQL adapter writes
 * them: each load hands out a fresh copy, and only {@link #save} changes what is stored.
 */
public final class InMemoryPhoneNumbers implements PhoneNumbers, NumberReads, LineMessagings, InMemoryTransactions.Store {

    private final SeriesCatalog catalog;
    private Map<NumberId, PhoneNumber> rows = new LinkedHashMap<>();
    private Map<RentalId, Rental> rentals = new LinkedHashMap<>();
    private Map<NumberId, LineMessaging> messaging = new LinkedHashMap<>();
    private List<NumberEvent> events = new ArrayList<>();
    private int saves;

    public InMemoryPhoneNumbers(SeriesCatalog catalog) {
        this.catalog = catalog;
    }

    /** Every number event written, oldest first. */
    public List<NumberEvent> events() {
        return List.copyOf(events);
    }

    public List<String> eventKinds() {
        return events.stream().map(NumberEvent::kind).toList();
    }

    /** The rental ledger as written. */
    public Map<RentalId, Rental> rentals() {
        return Map.copyOf(rentals);
    }

    /** How many times {@link #save} wrote. */
    public int saves() {
        return saves;
    }

    public PhoneNumber stored(NumberId id) {
        return copy(rows.get(id), 0);
    }

    @Override
    public Optional<PhoneNumber> findById(NumberId id) {
        return Optional.ofNullable(rows.get(id)).map(n -> copy(n, 0));
    }

    @Override
    public PhoneNumber getForUpdate(NumberId id) {
        return findById(id).orElseThrow(() -> NotFound.number(id));
    }

    @Override
    public Optional<PhoneNumber> findByE164(E164 e164) {
        return rows.values().stream().filter(live().and(n -> n.e164().equals(e164))).findFirst().map(n -> copy(n, 0));
    }

    @Override
    public Optional<PhoneNumber> findByE164ForUpdate(E164 e164) {
        return findByE164(e164);
    }

    @Override
    public Optional<NumberDetails> lockAnyProvisionable(ProvisionCriteria criteria, Instant now) {
        return lockProvisionable(criteria, now, 1).stream().findFirst().map(n -> new NumberDetails(n, null));
    }

    @Override
    public List<PhoneNumber> lockProvisionable(ProvisionCriteria criteria, Instant now, int limit) {
        Predicate<PhoneNumber> sellable = n -> {
            Series s = catalog.seriesOf(n);
            return s.isActive() && s.monthlyPrice().isPresent();
        };
        Predicate<PhoneNumber> matches = sellable
                .and(n -> criteria.seriesId().map(n.seriesId()::equals).orElse(true))
                .and(n -> criteria.country().map(n.e164().country()::equals).orElse(true))
                .and(n -> criteria.capabilities().map(c -> (n.capabilities().bits() & c.bits()) == c.bits())
                        .orElse(true))
                .and(n -> criteria.numberType().map(t -> n.numberType() == t).orElse(true))
                .and(n -> matches(criteria.patterns(), n.e164()));
        Predicate<PhoneNumber> free = n -> n.state() instanceof NumberState.Available;
        Predicate<PhoneNumber> lapsed = n -> switch (n.state()) {
            case NumberState.Reserved r -> !r.until().isAfter(now);
            case NumberState.Quarantined q -> !q.until().isAfter(now);
            default -> false;
        };
        List<PhoneNumber> out = new ArrayList<>();
        rows.values().stream().filter(matches.and(free)).limit(limit).forEach(n -> out.add(copy(n, 0)));
        rows.values().stream().filter(matches.and(lapsed)).limit(limit - out.size()).forEach(n -> out.add(copy(n, 0)));
        return out;
    }

    private static boolean matches(DigitPatterns p, E164 e164) {
        return p.matches(e164.digits());
    }

    @Override
    public void save(PhoneNumber number, List<? extends NumberEvent> changes) {
        PhoneNumber row = rows.get(number.id());
        if (row == null || row.version() != number.version()) {
            throw new IllegalStateException("number " + number.id() + " is not stored at version " + number.version());
        }
        for (NumberEvent event : changes) {
            if (!event.numberId().equals(number.id())) {
                throw new IllegalArgumentException(event.kind() + " is not about " + number.id());
            }
            switch (event) {
                case NumberProvisioned p -> {
                    Rental open = number.openRental().orElseThrow();
                    if (rentals.values().stream().anyMatch(r -> r.numberId().equals(number.id()) && r.isOpen())) {
                        throw new IllegalStateException("a second open rental for " + number.id());
                    }
                    rentals.put(open.id(), open);
                }
                case TrialConverted t -> rentals.put(t.rentalId(), number.openRental().orElseThrow());
                case NumberReleased r -> rentals.put(r.rentalId(),
                        rentals.get(r.rentalId()).end(r.releasedAt(), r.releaseReason()));
                case NumberMessagingChanged m -> messaging.put(number.id(), m.messaging());
                case com.numberinventory.domain.event.NumberTransferred t -> {
                    rentals.put(t.endedRentalId(), rentals.get(t.endedRentalId()).end(t.occurredAt(),
                            com.numberinventory.domain.number.ReleaseReason.TRANSFERRED));
                    Rental open = number.openRental().orElseThrow();
                    rentals.put(open.id(), open);
                }

                default -> {
                }
            }
        }
        rows.put(number.id(), copy(number, 1));
        events.addAll(changes);
        saves++;
    }

    @Override
    public Set<NumberId> add(Collection<PhoneNumber.Added> added) {
        Set<NumberId> inserted = new HashSet<>();
        for (PhoneNumber.Added a : added) {
            if (findByE164(a.number().e164()).isEmpty()) {
                rows.put(a.number().id(), copy(a.number(), 0));
                events.add(a.event());
                inserted.add(a.number().id());
            }
        }
        return inserted;
    }

    @Override
    public Optional<NumberDetails> byId(NumberId id) {
        return findById(id).map(n -> new NumberDetails(n, messaging.get(id)));
    }

    @Override
    public CompletionStage<Optional<NumberDetails>> byE164(E164 e164) {
        return CompletableFuture.completedFuture(
                findByE164(e164).map(n -> new NumberDetails(n, messaging.get(n.id()))));
    }

    @Override
    public CompletionStage<Page<NumberDetails>> search(NumberFilter filter, PageRequest page) {
        List<NumberDetails> found = rows.values().stream()
                .filter(n -> filter.status().map(s -> s == n.status()).orElse(true))
                .filter(n -> filter.workspaceId().map(w -> n.workspaceId().equals(Optional.of(w))).orElse(true))
                .map(n -> new NumberDetails(copy(n, 0), messaging.get(n.id()))).toList();
        return CompletableFuture.completedFuture(new Page<>(found, Optional.empty()));
    }

    @Override
    public List<PhoneNumber> lockDue(Due due, Instant now, int limit) {
        Predicate<PhoneNumber> isDue = n -> switch (due) {
            case RESERVATION_EXPIRY -> n.state() instanceof NumberState.Reserved r && !r.until().isAfter(now);
            case QUARANTINE_END -> n.state() instanceof NumberState.Quarantined q && !q.until().isAfter(now);
            case TRIAL_EXPIRY -> n.state() instanceof NumberState.Assigned a && a.rental().isUnconvertedTrial()
                    && !a.rental().trialEndsAt().isAfter(now);
        };
        return rows.values().stream().filter(isDue).limit(limit).map(n -> copy(n, 0)).toList();
    }

    @Override
    public void refreshStatistics() {
    }

    @Override
    public Map<NumberId, E164> e164Of(Collection<NumberId> ids) {
        Map<NumberId, E164> out = new LinkedHashMap<>();
        ids.forEach(id -> Optional.ofNullable(rows.get(id)).ifPresent(n -> out.put(id, n.e164())));
        return out;
    }

    @Override
    public Optional<LineMessaging> find(NumberId numberId) {
        return Optional.ofNullable(messaging.get(numberId));
    }

    @Override
    public Map<NumberId, LineMessaging> findAll(Collection<NumberId> numberIds) {
        Map<NumberId, LineMessaging> out = new LinkedHashMap<>();
        numberIds.forEach(id -> find(id).ifPresent(m -> out.put(id, m)));
        return out;
    }

    @Override
    public List<NumberId> onCampaign(String campaignId) {
        return messaging.values().stream().filter(m -> campaignId.equals(m.campaignId()))
                .map(LineMessaging::numberId).toList();
    }

    private static Predicate<PhoneNumber> live() {
        return n -> n.status() != NumberStatus.RETIRED;
    }

    private static PhoneNumber copy(PhoneNumber n, int versionStep) {
        return new PhoneNumber(n.id(), n.e164(), n.capabilities(), n.state(), n.seriesId(), n.providerId(),
                n.createdAt(), n.updatedAt(), n.eventSequence(), n.version() + versionStep);
    }

    private record Snapshot(Map<NumberId, PhoneNumber> rows, Map<RentalId, Rental> rentals,
                            Map<NumberId, LineMessaging> messaging, List<NumberEvent> events, int saves) {
    }

    @Override
    public Object snapshot() {
        return new Snapshot(new LinkedHashMap<>(rows), new LinkedHashMap<>(rentals), new LinkedHashMap<>(messaging),
                new ArrayList<>(events), saves);
    }

    @Override
    public void restore(Object snapshot) {
        Snapshot s = (Snapshot) snapshot;
        rows = s.rows();
        rentals = s.rentals();
        messaging = s.messaging();
        events = s.events();
        saves = s.saves();
    }
}
