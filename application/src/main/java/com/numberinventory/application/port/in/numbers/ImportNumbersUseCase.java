package com.numberinventory.application.port.in.numbers;

import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.series.SeriesId;

import java.util.List;
import java.util.Objects;

/** Adds numbers to a series' inventory: an explicit list or a contiguous range, up to 100,000 a call. */
public interface ImportNumbersUseCase {

    int MAX_NUMBERS_PER_CALL = 100_000;

    /** Which numbers to import. */
    sealed interface Selection permits Listed, Range {
    }

    /** An explicit list; entries are raw strings so one bad entry can be named by its index. */
    record Listed(List<String> e164) implements Selection {
        public Listed {
            e164 = List.copyOf(e164);
        }
    }

    /** Every number from first to last inclusive. */
    record Range(E164 first, E164 last) implements Selection {
        public Range {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
        }
    }

    record ImportNumbersCommand(SeriesId seriesId, Selection selection) {
        public ImportNumbersCommand {
            Objects.requireNonNull(seriesId, "seriesId");
            Objects.requireNonNull(selection, "selection");
        }
    }

    /** A number that was not imported, and why. */
    record Skipped(String e164, String reason) {
        public static final String ALREADY_IN_INVENTORY = "already_in_inventory";
        public static final String DUPLICATE_IN_REQUEST = "duplicate_in_request";
        public static final String INVALID_NUMBER = "invalid_number";
    }

    record ImportResult(int added, List<Skipped> skipped) {
    }

    ImportResult importNumbers(ImportNumbersCommand command);
}
