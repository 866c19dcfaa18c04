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
        try {
            Phonenumber.PhoneNumber parsed = UTIL.parse(raw, null);
            if (!UTIL.isValidNumber(parsed)) {
                return Optional.empty();
            }
            String formatted = UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
            if (!formatted.equals(raw)) {
                return Optional.empty();
            }
            String region = UTIL.getRegionCodeForNumber(parsed);
            if (region == null || region.length() != 2) {
                return Optional.empty();
            }
            return Optional.of(new E164(formatted, new CountryCode(region)));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
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
