package com.numberinventory.domain.number;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import com.numberinventory.domain.shared.WireNamed;

import java.util.Optional;

/**
 * What kind of line a number is, as libphonenumber's metadata classifies it ({@code PhoneNumberType}); on the wire
 * in lower snake case ({@code mobile}, {@code fixed_line}, {@code toll_free}, ...). A pure function of the E.164
 * and the libphonenumber version, stored on each number so that searches can filter by it.
 */
public enum NumberType implements WireNamed {
    FIXED_LINE, MOBILE, FIXED_LINE_OR_MOBILE, TOLL_FREE, PREMIUM_RATE, SHARED_COST, VOIP, PERSONAL_NUMBER, PAGER,
    UAN, VOICEMAIL, UNKNOWN;

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    public static Optional<NumberType> fromWire(String wire) {
        return WireNamed.fromWire(NumberType.class, wire);
    }

    /**
     * The type libphonenumber gives this number, as parsed by the library ({@link E164#libraryNumber}, which reads
     * canonical input without the library's general parser, most of the cost here).
     */
    public static NumberType of(E164 e164) {
        Phonenumber.PhoneNumber number = e164.libraryNumber();
        if (number == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(UTIL.getNumberType(number).name());
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }
}
