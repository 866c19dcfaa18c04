package com.numberinventory.application.service.numbers;

import com.numberinventory.application.port.in.numbers.ImportNumbersUseCase.ImportNumbersCommand;
import com.numberinventory.application.port.in.numbers.ImportNumbersUseCase.ImportResult;
import com.numberinventory.application.port.in.numbers.ImportNumbersUseCase.Listed;
import com.numberinventory.application.port.in.numbers.ImportNumbersUseCase.Range;
import com.numberinventory.application.port.in.numbers.ImportNumbersUseCase.Skipped;
import com.numberinventory.application.support.Inventory;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberState;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static com.numberinventory.application.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ImportNumbersServiceTest {

    private final Inventory inventory = new Inventory();
    private final Series series = inventory.sellableSeries(Duration.ofDays(30));

    private ImportResult importList(String... e164) {
        return inventory.imports.importNumbers(new ImportNumbersCommand(series.id(), new Listed(List.of(e164))));
    }

    @Test
    void listed_numbers_are_added_available_each_with_its_event() {
        ImportResult result = importList("+254700000001", "+254700000002");

        assertEquals(2, result.added());
        assertEquals(List.of(), result.skipped());
        assertEquals(List.of("number.added", "number.added"), inventory.numbers.eventKinds());
        inventory.numbers.findByE164(E164.parse("e164", "+254700000002")).ifPresentOrElse(
                n -> assertInstanceOf(NumberState.Available.class, n.state()),
                () -> { throw new AssertionError("the number was not stored"); });
    }

    @Test
    void numbers_already_held_and_repeats_in_the_request_are_skipped_and_named() {
        inventory.availableNumber(series, "+254700000001");

        ImportResult result = importList("+254700000001", "+254700000003", "+254700000003");

        assertEquals(1, result.added());
        assertEquals(List.of(new Skipped("+254700000003", Skipped.DUPLICATE_IN_REQUEST),
                new Skipped("+254700000001", Skipped.ALREADY_IN_INVENTORY)), result.skipped());
    }

    @Test
    void one_bad_entry_refuses_the_whole_list_and_names_its_index() {
        DomainException e = assertThrows(DomainException.class, () -> importList("+254700000001", "not-a-number"));

        assertEquals("e164[1]", e.fieldErrors().get(0).field());
        assertEquals(List.of(), inventory.numbers.eventKinds());
    }

    @Test
    void a_number_of_another_country_is_refused() {
        DomainException e = assertThrows(DomainException.class, () -> importList("+14155550100"));

        assertEquals(ErrorCode.SERIES_INVALID, e.errorCode());
        assertEquals(List.of(), inventory.numbers.eventKinds());
    }

    @Test
    void a_range_adds_every_number_from_first_to_last() {
        ImportResult result = inventory.imports.importNumbers(new ImportNumbersCommand(series.id(),
                new Range(E164.parse("first", "+254700000010"), E164.parse("last", "+254700000014"))));

        assertEquals(5, result.added());
        assertEquals(5, inventory.numbers.eventKinds().size());
    }

    @Test
    void a_backwards_or_oversized_range_is_refused() {
        assertEquals(ErrorCode.SERIES_INVALID, assertThrows(DomainException.class,
                () -> inventory.imports.importNumbers(new ImportNumbersCommand(series.id(), new Range(
                        E164.parse("first", "+254700000014"), E164.parse("last", "+254700000010")))))
                .errorCode());
        assertEquals(ErrorCode.SERIES_INVALID, assertThrows(DomainException.class,
                () -> inventory.imports.importNumbers(new ImportNumbersCommand(series.id(), new Range(
                        E164.parse("first", "+254700000000"), E164.parse("last", "+254700200000")))))
                .errorCode());
    }

    @Test
    void an_empty_or_too_long_list_is_refused() {
        assertRefused(ErrorCode.BAD_REQUEST, () -> importList());
        List<String> tooMany = Collections.nCopies(100_001, "+254700000001");
        assertEquals(ErrorCode.BAD_REQUEST, assertThrows(DomainException.class,
                () -> inventory.imports.importNumbers(new ImportNumbersCommand(series.id(), new Listed(tooMany))))
                .errorCode());
    }

    @Test
    void an_unknown_series_is_not_found() {
        DomainException e = assertThrows(DomainException.class, () -> inventory.imports.importNumbers(
                new ImportNumbersCommand(new SeriesId(UUID.randomUUID()), new Listed(List.of("+254700000001")))));

        assertEquals(ErrorCode.SERIES_NOT_FOUND, e.errorCode());
    }

    @Test
    void an_import_refused_for_capacity_changes_nothing() throws Exception {
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread other = new Thread(() -> inventory.importCapacity.run(100_000, () -> {
            held.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        other.start();
        try {
            held.await();

            assertRefused(ErrorCode.IMPORTS_BUSY, () -> importList("+254700000001"));

            assertEquals(List.of(), inventory.numbers.eventKinds());
            assertEquals(java.util.Optional.empty(), inventory.numbers.findByE164(E164.parse("e164", "+254700000001")));
        } finally {
            release.countDown();
            other.join();
        }
        assertEquals(1, importList("+254700000001").added());
    }

    @Test
    void a_range_takes_capacity_for_its_size() {
        assertEquals(100_000, ImportNumbersService.size(new Range(E164.parse("first", "+254700000000"),
                E164.parse("last", "+254700099999"))));
        assertEquals(1, ImportNumbersService.size(new Range(E164.parse("first", "+254700000009"),
                E164.parse("last", "+254700000000"))));
        assertEquals(3, ImportNumbersService.size(new Listed(List.of("a", "b", "c"))));
    }

    @Test
    void a_range_over_several_chunks_adds_each_number_once_and_names_every_held_one() {
        // Held numbers in the first, second and last chunk of a 25,000-number range.
        List<String> held = List.of("+254700000007", "+254700012345", "+254700024999");
        held.forEach(e164 -> inventory.availableNumber(series, e164));
        int before = inventory.numbers.eventKinds().size();

        ImportResult result = inventory.imports.importNumbers(new ImportNumbersCommand(series.id(),
                new Range(E164.parse("first", "+254700000000"), E164.parse("last", "+254700024999"))));

        assertEquals(25_000 - held.size(), result.added());
        assertEquals(held.stream().map(e -> new Skipped(e, Skipped.ALREADY_IN_INVENTORY)).toList(), result.skipped());
        assertEquals(result.added(), inventory.numbers.eventKinds().size() - before);
        inventory.numbers.findByE164(E164.parse("e164", "+254700020000")).orElseThrow();
    }
}
