package com.numberinventory.domain.number;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import com.numberinventory.domain.shared.CountryCode;
import com.numberinventory.domain.shared.DomainException;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone number in E.164 form ({@code +} and up to 15 digits), valid according to libphonenumber,
 * with the country it belongs to.
 */
public record E164(String value, CountryCode country) {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Pattern SHAPE = Pattern.compile("^\\+[1-9][0-9]{1,14}$");
    private static final int MAX_CALLING_CODE_DIGITS = 3;
    /** Which calling codes (1 to 999) exist. */
    private static final boolean[] CALLING_CODES = new boolean[1000];
    /** The national (trunk) prefixes of the regions under each calling code, e.g. "0" for 44. */
    private static final String[][] TRUNK_PREFIXES = new String[1000][];

    static {
        for (int code : UTIL.getSupportedCallingCodes()) {
            CALLING_CODES[code] = true;
            TRUNK_PREFIXES[code] = UTIL.getRegionCodesForCountryCode(code).stream()
                    .filter(region -> !PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region)).map(region -> UTIL.getNddPrefixForRegion(region, true))
                    .filter(prefix -> prefix != null && !prefix.isEmpty()).distinct().toArray(String[]::new);
        }
    }

    public E164 {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(country, "country");
    }

    /** Parses caller input; the field name goes into the error when it is not a valid E.164 number. */
    public static E164 parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw DomainException.invalidField(field, "is required");
        }
        return tryParse(raw).orElseThrow(() -> DomainException.invalidField(field,
                "must be a valid E.164 number: '+' followed by the country code and digits, e.g. +254700000001"));
    }

    public static Optional<E164> tryParse(String raw) {
        if (raw == null || !SHAPE.matcher(raw).matches()) {
            return Optional.empty();
        }
        Phonenumber.PhoneNumber parsed = canonicalNumber(raw);
        if (parsed == null || !UTIL.isValidNumber(parsed)) {
            return Optional.empty();
        }
        if (!UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164).equals(raw)) {
            return Optional.empty();
        }
        String region = UTIL.getRegionCodeForNumber(parsed);
        if (region == null || region.length() != 2) {
            return Optional.empty();
        }
        return Optional.of(new E164(raw, new CountryCode(region)));
    }

    /**
     * The number a string of {@link #SHAPE} names, split as libphonenumber splits it (the shortest calling code
     * that exists, the rest the national significant number), without the library's general parser: that one
     * first runs a dozen regular expressions meant for free-form input (punctuation, extensions, national
     * prefixes), the larger part of a lookup's CPU. Where the library would strip a national prefix from the
     * digits the general parser decides; {@code E164ParsingTest} holds both to the same answers.
     */
    private static Phonenumber.PhoneNumber canonicalNumber(String raw) {
        int end = Math.min(raw.length() - 1, MAX_CALLING_CODE_DIGITS);
        for (int digits = 1; digits <= end; digits++) {
            int callingCode = Integer.parseInt(raw, 1, 1 + digits, 10);
            if (callingCode >= CALLING_CODES.length || !CALLING_CODES[callingCode]) {
                continue;
            }
            String national = raw.substring(1 + digits);
            if (national.length() < 2 || mayStartWithNationalPrefix(callingCode, national)) {
                return parsedByLibrary(raw);
            }
            Phonenumber.PhoneNumber number = new Phonenumber.PhoneNumber().setCountryCode(callingCode)
                    .setNationalNumber(Long.parseLong(national));
            if (national.charAt(0) == '0') {
                number.setItalianLeadingZero(true);
                int zeros = 1;
                while (zeros < national.length() - 1 && national.charAt(zeros) == '0') {
                    zeros++;
                }
                if (zeros != 1) {
                    number.setNumberOfLeadingZeros(zeros);
                }
            }
            return number;
        }
        return null;
    }

    /**
     * Whether the library's parser might read the start of these national digits as a national (trunk) prefix
     * and strip it: true when they start with the trunk prefix of any region under the calling code. Those rare
     * inputs go through the general parser, so both paths give one answer.
     */
    private static boolean mayStartWithNationalPrefix(int callingCode, String national) {
        for (String prefix : TRUNK_PREFIXES[callingCode]) {
            if (national.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The library's general parser, for the inputs {@link #canonicalNumber} leaves to it. */
    static Phonenumber.PhoneNumber parsedByLibrary(String raw) {
        try {
            return UTIL.parse(raw, null);
        } catch (NumberParseException e) {
            return null;
        }
    }

    /**
     * This number as libphonenumber's parser reads it; null where the parser would refuse it. A valid number in
     * canonical form is read without that parser ({@link #canonicalNumber}, the same answer there, as
     * {@code E164ParsingTest} holds); anything else (a value stored before validation tightened) goes through it.
     */
    Phonenumber.PhoneNumber libraryNumber() {
        if (SHAPE.matcher(value).matches()) {
            Phonenumber.PhoneNumber number = canonicalNumber(value);
            if (number != null && UTIL.isValidNumber(number)
                    && UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164).equals(value)) {
                return number;
            }
        }
        return parsedByLibrary(value);
    }

    /** The digits without the leading {@code +}. */
    public String digits() {
        return value.substring(1);
    }

    @Override
    public String toString() {
        return value;
    }
}
