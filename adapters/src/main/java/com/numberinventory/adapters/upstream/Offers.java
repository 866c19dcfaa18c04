package com.numberinventory.adapters.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.numberinventory.application.port.out.providers.upstream.AvailableNumberQuery;
import com.numberinventory.domain.number.Capabilities;
import com.numberinventory.domain.number.Capability;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** What the adapters share when they read an offer: the query's digit patterns, capabilities, money. */
public final class Offers {

    private Offers() {
    }

    /**
     * Whether the number satisfies the query, checked here on the E.164 digits (no plus) whatever the provider
     * already filtered: a provider may ignore a filter it does not know, or read a pattern differently.
     */
    public static boolean matches(AvailableNumberQuery query, E164 number, Capabilities capabilities) {
        String digits = number.digits();
        return number.country().equals(query.countryCode())
                && query.startsWith().map(digits::startsWith).orElse(true)
                && query.contains().map(digits::contains).orElse(true)
                && query.endsWith().map(digits::endsWith).orElse(true)
                && query.capability().map(c -> capabilities.values().contains(c)).orElse(true);
    }

    /** The capabilities named in an array of strings (or of objects with {@code name}); unknown names are skipped. */
    public static Capabilities capabilities(JsonNode array) {
        Set<Capability> out = EnumSet.noneOf(Capability.class);
        if (array != null && array.isArray()) {
            for (JsonNode item : array) {
                String name = item.isTextual() ? item.asText() : item.path("name").asText("");
                Capability.fromWire(name.toLowerCase(java.util.Locale.ROOT)).ifPresent(out::add);
            }
        }
        return new Capabilities(out);
    }

    /** Minor units in a currency; empty when the currency is not ISO 4217. */
    public static Optional<Money> minor(long amountMinor, String currency) {
        try {
            return Optional.of(new Money(amountMinor, currency));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A decimal amount such as Telnyx's {@code "6.54"} in the currency's minor units; empty when unreadable. */
    public static Optional<Money> decimal(String amount, String currency) {
        if (amount == null || amount.isBlank() || currency == null) {
            return Optional.empty();
        }
        try {
            int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
            long minor = new BigDecimal(amount.strip()).movePointRight(digits).setScale(0, RoundingMode.HALF_UP)
                    .longValueExact();
            return minor(minor, currency);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Text of a field, empty when absent, null or blank. */
    public static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() && !v.isNull() && !v.asText().isBlank() ? Optional.of(v.asText()) : Optional.empty();
    }
}
