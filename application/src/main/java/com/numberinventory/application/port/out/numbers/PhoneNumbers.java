package com.numberinventory.application.port.out.numbers;

import com.numberinventory.application.port.in.numbers.NumberDetails;
import com.numberinventory.application.port.in.numbers.ProvisionCriteria;
import com.numberinventory.domain.event.NumberEvent;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.PhoneNumber;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stored numbers. A command loads a number under its row lock, asks it to decide, and hands the result to
 * {@link #save}: the one write that stores the number, opens or closes its rental and appends its events.
 */
public interface PhoneNumbers {

    Optional<PhoneNumber> findById(NumberId id);

    /**
     * Loads the number and locks its row until the transaction ends (concurrent commands queue here); throws
     * {@code numbers.not_found} when there is none.
     */
    PhoneNumber getForUpdate(NumberId id);

    /** The non-retired number holding this E.164, if any. */
    Optional<PhoneNumber> findByE164(E164 e164);

    /** As {@link #findByE164}, with the row locked until the transaction ends. */
    Optional<PhoneNumber> findByE164ForUpdate(E164 e164);

    /**
     * Picks and locks, in one statement, a number that is free for anyone to provision now, in an active priced
     * series, matching the criteria; rows other transactions hold are skipped, never waited for. The same
     * statement brings the number's messaging state, so the caller's answer needs no further read.
     */
    Optional<NumberDetails> lockAnyProvisionable(ProvisionCriteria criteria, Instant now);

    /**
     * As {@link #lockAnyProvisionable}, up to {@code limit} numbers at once ({@code FOR UPDATE SKIP LOCKED} with
     * a LIMIT): concurrent callers never get the same number and never wait on each other.
     */
    java.util.List<PhoneNumber> lockProvisionable(ProvisionCriteria criteria, Instant now, int limit);

    /**
     * Stores what the number decided, in the caller's transaction: its row, the rental its events open, convert
     * or close, its messaging state, and the events themselves, which must all be about this number.
     */
    void save(PhoneNumber number, List<? extends NumberEvent> events);

    /**
     * Inserts new numbers with the events that announced them, skipping those whose E.164 a non-retired number
     * already holds (their events are dropped with them). Returns the inserted.
     */
    Set<NumberId> add(Collection<PhoneNumber.Added> numbers);

    /** Which time-driven transition a number is due for. */
    enum Due { RESERVATION_EXPIRY, TRIAL_EXPIRY, QUARANTINE_END }

    /**
     * Loads and locks up to {@code limit} numbers due for the transition at {@code now}, skipping rows other
     * transactions hold, so several job runners share the work and none takes a number twice.
     */
    List<PhoneNumber> lockDue(Due due, Instant now, int limit);

    /**
     * Refreshes the planner's statistics of the numbers table, in a transaction of its own. After a large import
     * stale statistics can make pattern searches pick a slow plan.
     */
    void refreshStatistics();

    /** The E.164 of each of these numbers. */
    Map<NumberId, E164> e164Of(Collection<NumberId> ids);
}
