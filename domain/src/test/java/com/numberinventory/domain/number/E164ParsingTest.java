package com.numberinventory.domain.number;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link E164#tryParse} reads canonical input without libphonenumber's general parser; it must give exactly the
 * answer of the plain library route (parse, valid, formats back to the input, a country) for every input.
 */
class E164ParsingTest {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /** The reference: the library's general parser, as E164 read numbers before the fast path. */
    private static Optional<String> byLibrary(String raw) {
        if (!raw.matches("^\\+[1-9][0-9]{1,14}$")) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber parsed = UTIL.parse(raw, null);
            if (!UTIL.isValidNumber(parsed) || !UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164).equals(raw)) {
                return Optional.empty();
            }
            String region = UTIL.getRegionCodeForNumber(parsed);
            return region == null || region.length() != 2 ? Optional.empty() : Optional.of(region);
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    private static void assertSameAnswer(List<String> inputs) {
        int valid = 0;
        for (String raw : inputs) {
            Optional<String> expected = byLibrary(raw);
            Optional<String> actual = E164.tryParse(raw).map(e -> e.country().value());
            assertEquals(expected, actual, raw);
            valid += expected.isPresent() ? 1 : 0;
        }
        // The sample must hold valid numbers too, or the comparison says little.
        assertTrue(valid > inputs.size() / 20, valid + " valid of " + inputs.size());
    }

    @Test
    void every_region_s_example_numbers_and_their_neighbours_read_as_the_library_reads_them() {
        List<String> inputs = LibraryExamples.examplesAndNeighbours(new Random(42));
        assertSameAnswer(inputs);
    }

    @Test
    void random_digit_strings_under_every_calling_code_read_as_the_library_reads_them() {
        Random random = new Random(7);
        List<String> inputs = new ArrayList<>();
        for (int code : UTIL.getSupportedCallingCodes()) {
            for (int i = 0; i < 60; i++) {
                int length = 2 + random.nextInt(14 - String.valueOf(code).length());
                StringBuilder digits = new StringBuilder("+").append(code);
                for (int d = 0; d < length; d++) {
                    digits.append(random.nextInt(10));
                }
                inputs.add(digits.toString());
            }
        }
        for (int i = 0; i < 20_000; i++) {
            inputs.add("+" + (1 + random.nextInt(9)) + Long.toString(Math.abs(random.nextLong()) % 100_000_000_000_000L));
        }
        int valid = 0;
        for (String raw : inputs) {
            assertEquals(byLibrary(raw), E164.tryParse(raw).map(e -> e.country().value()), raw);
            valid += byLibrary(raw).isPresent() ? 1 : 0;
        }
        assertTrue(valid > 0);
    }
}
