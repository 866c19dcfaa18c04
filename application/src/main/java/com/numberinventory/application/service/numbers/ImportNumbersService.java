package com.numberinventory.application.service.numbers;

import com.numberinventory.application.shared.NotFound;

import com.numberinventory.application.port.in.numbers.ImportNumbersUseCase;
import com.numberinventory.application.port.out.numbers.PhoneNumbers;
import com.numberinventory.application.port.out.series.SeriesCatalog;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.IdSource;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Imports numbers into a series in one transaction: all-or-nothing, numbers already held by the inventory are
 * skipped (and reported), every added number gets its {@code number.added} event.
 */
public record ImportNumbersService(SeriesCatalog catalog, PhoneNumbers numbers, Transactions transactions, Clock clock,
                                   IdSource ids, ImportCapacity capacity) implements ImportNumbersUseCase {

    @Override
    public ImportResult importNumbers(ImportNumbersCommand command) {
        Series series = catalog.findById(command.seriesId())
                .orElseThrow(() -> NotFound.series(command.seriesId()));
        ImportResult result = capacity.run(size(command.selection()), () -> importInto(series, command));
        if (result.added() >= STATISTICS_REFRESH_THRESHOLD) {
            // A large block changes the digit distribution the planner relies on for pattern searches.
            numbers.refreshStatistics();
        }
        return result;
    }

    private ImportResult importInto(Series series, ImportNumbersCommand command) {
        List<Skipped> refused = new ArrayList<>();
        List<E164> wanted = switch (command.selection()) {
            case Listed listed -> fromList(series, listed, refused);
            case Range range -> fromRange(series, range, refused);
        };
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            // Re-read inside the transaction: the series may have been deleted or changed meanwhile.
            catalog.findByIdForUpdate(command.seriesId())
                    .orElseThrow(() -> NotFound.series(command.seriesId()));
            List<Skipped> skipped = new ArrayList<>(refused);
            int added = 0;
            // Built and stored a chunk at a time, in the one transaction: the heap holds one chunk of numbers and
            // their events, not the whole call's.
            for (int from = 0; from < wanted.size(); from += CHUNK) {
                List<E164> part = wanted.subList(from, Math.min(wanted.size(), from + CHUNK));
                List<PhoneNumber.Added> candidates = new ArrayList<>(part.size());
                for (E164 e164 : part) {
                    candidates.add(PhoneNumber.importInto(series, new NumberId(ids.next()), e164, ids, now));
                }
                Set<NumberId> inserted = numbers.add(candidates);
                added += inserted.size();
                for (PhoneNumber.Added candidate : candidates) {
                    if (!inserted.contains(candidate.number().id())) {
                        skipped.add(new Skipped(candidate.number().e164().value(), Skipped.ALREADY_IN_INVENTORY));
                    }
                }
            }
            return new ImportResult(added, skipped);
        });
    }

    /** Numbers built and stored at a time within an import's transaction. */
    static final int CHUNK = 10_000;

    /** How many numbers a selection names, as far as can be told before it is checked (at least one). */
    static long size(Selection selection) {
        return switch (selection) {
            case Listed listed -> listed.e164().size();
            // An E.164 has at most 15 digits: a long holds it.
            case Range range -> Math.max(1, Long.parseLong(range.last().digits())
                    - Long.parseLong(range.first().digits()) + 1);
        };
    }

    /** Imports at least this large refresh the planner's statistics right away instead of waiting for autovacuum. */
    static final int STATISTICS_REFRESH_THRESHOLD = 10_000;

    private static List<E164> fromList(Series series, Listed listed, List<Skipped> skipped) {
        if (listed.e164().isEmpty()) {
            throw DomainException.invalidField("e164", "must name at least one number");
        }
        if (listed.e164().size() > MAX_NUMBERS_PER_CALL) {
            throw DomainException.invalidField("e164", "at most " + MAX_NUMBERS_PER_CALL + " numbers a call");
        }
        List<E164> wanted = new ArrayList<>(listed.e164().size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < listed.e164().size(); i++) {
            E164 e164 = E164.parse("e164[" + i + "]", listed.e164().get(i));
            series.admit(e164);
            if (seen.add(e164.value())) {
                wanted.add(e164);
            } else {
                skipped.add(new Skipped(e164.value(), Skipped.DUPLICATE_IN_REQUEST));
            }
        }
        return wanted;
    }

    private static List<E164> fromRange(Series series, Range range, List<Skipped> skipped) {
        series.admit(range.first());
        series.admit(range.last());
        String first = range.first().digits();
        String last = range.last().digits();
        if (first.length() != last.length()) {
            throw new DomainException(ErrorCode.SERIES_INVALID,
                    "range.first and range.last must have the same number of digits");
        }
        long from = Long.parseLong(first);
        long to = Long.parseLong(last);
        if (to < from) {
            throw new DomainException(ErrorCode.SERIES_INVALID, "range.last must not be before range.first");
        }
        if (to - from + 1 > MAX_NUMBERS_PER_CALL) {
            throw new DomainException(ErrorCode.SERIES_INVALID,
                    "a range may hold at most " + MAX_NUMBERS_PER_CALL + " numbers; split it into several calls");
        }
        List<E164> wanted = new ArrayList<>((int) (to - from + 1));
        for (long v = from; v <= to; v++) {
            String raw = "+" + v;
            var parsed = E164.tryParse(raw);
            if (parsed.isEmpty()) {
                skipped.add(new Skipped(raw, Skipped.INVALID_NUMBER));
            } else if (!parsed.get().country().equals(series.country())) {
                skipped.add(new Skipped(raw, Skipped.INVALID_NUMBER));
            } else {
                wanted.add(parsed.get());
            }
        }
        return wanted;
    }
}
