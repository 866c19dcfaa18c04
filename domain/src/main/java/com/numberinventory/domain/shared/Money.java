package com.numberinventory.domain.shared;

import java.util.Currency;
import java.util.Objects;

/** An amount in minor units of an ISO 4217 currency (10000 KES minor = KES 100.00). */
public record Money(long amountMinor, String currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (amountMinor < 0) {
            throw DomainException.invalidField("monthly_price.amount_minor", "must not be negative");
        }
        try {
            Currency c = Currency.getInstance(currency);
            if (!c.getCurrencyCode().equals(currency)) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField("monthly_price.currency", "must be an ISO 4217 currency code such as KES");
        }
    }
}
