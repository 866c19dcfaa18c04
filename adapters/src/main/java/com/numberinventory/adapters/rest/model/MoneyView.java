package com.numberinventory.adapters.rest.model;

import com.numberinventory.domain.shared.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Money on the wire: minor units and ISO 4217 currency. */
@Schema(name = "Money", description = "An amount in minor units of an ISO 4217 currency")
public record MoneyView(
        @Schema(example = "10000", description = "Minor units: 10000 KES = KES 100.00") Long amountMinor,
        @Schema(example = "KES") String currency) {

    public static MoneyView of(Money money) {
        return money == null ? null : new MoneyView(money.amountMinor(), money.currency());
    }

    public Money toMoney(String field) {
        if (amountMinor == null) {
            throw com.numberinventory.domain.shared.DomainException.invalidField(field + ".amount_minor", "is required");
        }
        if (currency == null || currency.isBlank()) {
            throw com.numberinventory.domain.shared.DomainException.invalidField(field + ".currency", "is required");
        }
        return new Money(amountMinor, currency);
    }
}
