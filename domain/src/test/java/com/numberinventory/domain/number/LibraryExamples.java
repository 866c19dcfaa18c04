package com.numberinventory.domain.number;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Inputs to compare a fast path with libphonenumber on: every region's example numbers and their neighbours. */
final class LibraryExamples {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private LibraryExamples() {
    }

    /**
     * Each region's example number of each type in E.164, twelve numbers a few digits away, and the mistakes people
     * make: the trunk prefix after the calling code, a leading 0, a digit short.
     */
    static List<String> examplesAndNeighbours(Random random) {
        List<String> inputs = new ArrayList<>();
        for (String region : UTIL.getSupportedRegions()) {
            for (PhoneNumberUtil.PhoneNumberType type : UTIL.getSupportedTypesForRegion(region)) {
                Phonenumber.PhoneNumber example = UTIL.getExampleNumberForType(region, type);
                if (example == null) {
                    continue;
                }
                String e164 = UTIL.format(example, PhoneNumberUtil.PhoneNumberFormat.E164);
                inputs.add(e164);
                String cc = "+" + example.getCountryCode();
                String national = e164.substring(cc.length());
                for (int i = 0; i < 12; i++) {
                    inputs.add(cc + mutate(national, random));
                }
                String ndd = UTIL.getNddPrefixForRegion(region, true);
                if (ndd != null) {
                    inputs.add(cc + ndd + national);
                }
                inputs.add(cc + "0" + national);
                inputs.add(cc + national.substring(1));
            }
        }
        return inputs;
    }

    private static String mutate(String national, Random random) {
        char[] digits = national.toCharArray();
        int changes = 1 + random.nextInt(Math.min(4, digits.length));
        for (int i = 0; i < changes; i++) {
            digits[digits.length - 1 - random.nextInt(digits.length)] = (char) ('0' + random.nextInt(10));
        }
        return new String(digits);
    }
}
