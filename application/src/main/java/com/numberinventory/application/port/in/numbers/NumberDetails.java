package com.numberinventory.application.port.in.numbers;

import com.numberinventory.domain.number.LineMessaging;
import com.numberinventory.domain.number.PhoneNumber;

import java.util.Objects;

/** A number as the API shows it: the number with its open rental, and its 10DLC messaging state. */
public record NumberDetails(PhoneNumber number, LineMessaging messaging) {

    public NumberDetails {
        Objects.requireNonNull(number, "number");
        messaging = messaging == null ? LineMessaging.none(number.id()) : messaging;
    }
}
