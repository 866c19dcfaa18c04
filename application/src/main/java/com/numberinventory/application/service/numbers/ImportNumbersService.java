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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports numbers into a series in one transaction: all-or-nothing, numbers already held by the inventory are
 * skipped (and reported), every added number gets its {@code number.added} event.
 */
public record ImportNumbersService(SeriesCatalog catalog, PhoneNumbers numbers, Transactions transactions, Clock clock,
                                   IdSource ids) implements ImportNumbersUseCase {

    @Override
    public ImportResult importNumbers(ImportNumbersCommand command) {
        Series series = catalog.findById(command.seriesId())
                .orElseThrow(() -> NotFound.series(command.seriesId()));
        List<Skipped> skipped = new ArrayList<>();
        Map<String, E164> wanted = switch (command.selection()) {
            case Listed listed -> fromList(series, listed, skipped);
            case Range range -> fromRange(series, range, skipped);
        };
        Instant now = clock.instant();
        List<PhoneNumber.Added> candidates = new ArrayList<>(wanted.size());
        for (E164 e164 : wanted.values()) {
            candidates.add(PhoneNumber.importInto(series, new NumberId(ids.next()), e164, ids, now));
        }
        ImportResult result = transactions.inTransaction(() -> {
            // Re-read inside the transaction: the series may have been deleted or changed meanwhile.
            catalog.findByIdForUpdate(command.seriesId())
                    .orElseThrow(() -> NotFound.series(command.seriesId()));
            Set<NumberId> inserted = numbers.add(candidates);
            for (PhoneNumber.Added candidate : candidates) {
                if (!inserted.contains(candidate.number().id())) {
                    skipped.add(new Skipped(candidate.number().e164().value(), Skipped.ALREADY_IN_INVENTORY));
                }
            }
            return new ImportResult(inserted.size(), skipped);
        });
        if (result.added() >= STATISTICS_REFRESH_THRESHOLD) {
            // A large block changes the digit distribution the planner relies on for pattern searches.
            numbers.refreshStatistics();
        }
        return result;
    }

    /** Imports at least this large refresh the planner's statistics right away instead of waiting for autovacuum. */
    static final int STATISTICS_REFRESH_THRESHOLD = 10_000;

    private static Map<String, E164> fromList(Series series, Listed listed, List<Skipped> skipped) {
        if (listed.e164().isEmpty()) {
            throw DomainException.invalidField("e164", "must name at least one number");
        }
        if (listed.e164().size() > MAX_NUMBERS_PER_CALL) {
            throw DomainException.invalidField("e164", "at most " + MAX_NUMBERS_PER_CALL + " numbers a call");
        }
        Map<String, E164> wanted = new LinkedHashMap<>();
        for (int i = 0; i < listed.e164().size(); i++) {
            E164 e164 = E164.parse("e164[" + i + "]", listed.e164().get(i));
            series.admit(e164);
            if (wanted.putIfAbsent(e164.value(), e164) != null) {
                skipped.add(new Skipped(e164.value(), Skipped.DUPLICATE_IN_REQUEST));
            }
        }
        return wanted;
    }

    private static Map<String, E164> fromRange(Series series, Range range, List<Skipped> skipped) {
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
        Map<String, E164> wanted = new LinkedHashMap<>();
        for (long v = from; v <= to; v++) {
            String raw = "+" + v;
            var parsed = E164.tryParse(raw);
            if (parsed.isEmpty()) {
                skipped.add(new Skipped(raw, Skipped.INVALID_NUMBER));
            } else if (!parsed.get().country().equals(series.country())) {
                skipped.add(new Skipped(raw, Skipped.INVALID_NUMBER));
            } else {
                wanted.put(raw, parsed.get());
            }
        }
        return wanted;
    }
}
