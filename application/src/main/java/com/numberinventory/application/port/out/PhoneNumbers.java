package com.numberinventory.application.port.out;

import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.number.Capabilities;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.NumberStatus;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.shared.CountryCode;
import com.numberinventory.domain.shared.WorkspaceId;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** Stored numbers, with their open rental. */
public interface PhoneNumbers {

    /** Digit patterns over the E.164 without its {@code +}. */
    record DigitPatterns(Optional<String> startsWith, Optional<String> contains, Optional<String> endsWith) {
        public static DigitPatterns none() {
            return new DigitPatterns(Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /** Filters of the number list; empty means any. */
    record Filter(Optional<NumberStatus> status, Optional<SeriesId> seriesId, Optional<ProviderId> providerId,
                  Optional<WorkspaceId> workspaceId, Optional<CountryCode> country,
                  Optional<Capabilities> capabilities, DigitPatterns patterns) {
    }

    /** What "provision any" may pick from. */
    record Criteria(Optional<SeriesId> seriesId, Optional<CountryCode> country, Optional<Capabilities> capabilities,
                    DigitPatterns patterns) {
    }

    Optional<PhoneNumber> findById(NumberId id);

    /** Loads the number and locks its row until the transaction ends (concurrent commands queue here). */
    Optional<PhoneNumber> findByIdForUpdate(NumberId id);

    /** The non-retired number holding this E.164, if any. */
    Optional<PhoneNumber> findByE164(E164 e164);

    /**
     * Picks and locks one number that is free for anyone to provision now, in an active priced series, matching
     * the criteria; rows other transactions hold are skipped, never waited for.
     */
    Optional<NumberId> lockAnyProvisionable(Criteria criteria, Instant now);

    /** Inserts new numbers, skipping those whose E.164 a non-retired number already holds. Returns the inserted. */
    Set<NumberId> insertNew(Collection<PhoneNumber> numbers);

    /** Writes the number's state; its open rental is written through {@link Rentals}. */
    void update(PhoneNumber number);

    Page<PhoneNumber> search(Filter filter, PageRequest page);

    /** Which time-driven transition a number is due for. */
    enum Due { RESERVATION_EXPIRY, TRIAL_EXPIRY, QUARANTINE_END }

    /**
     * Locks up to {@code limit} numbers due for the transition at {@code now}, skipping rows other transactions
     * hold, so several job runners share the work and none takes a number twice.
     */
    java.util.List<NumberId> lockDue(Due due, Instant now, int limit);

    /**
     * Refreshes the planner's statistics of the numbers table, in a transaction of its own. After a large import
     * stale statistics can make pattern searches pick a slow plan (see docs/benchmarks.md).
     */
    void refreshStatistics();

    /** The E.164 of each of these numbers. */
    java.util.Map<NumberId, E164> e164Of(Collection<NumberId> ids);
}
