package com.numberinventory.domain.series;

import com.numberinventory.domain.shared.DomainException;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/** How long a released number waits before anyone but its last holder may take it (ISO 8601, e.g. P30D). */
public record QuarantinePeriod(Duration duration) {

    public static final QuarantinePeriod NONE = new QuarantinePeriod(Duration.ZERO);

    public QuarantinePeriod {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw DomainException.invalidField("quarantine_period", "must not be negative");
        }
    }

    public static QuarantinePeriod parse(String field, String iso) {
        if (iso == null || iso.isBlank()) {
            throw DomainException.invalidField(field, "is required");
        }
        try {
            return new QuarantinePeriod(Duration.parse(iso.trim()));
        } catch (DateTimeParseException e) {
            throw DomainException.invalidField(field,
                    "must be an ISO 8601 duration in days, hours, minutes or seconds, e.g. P30D or PT10S");
        }
    }

    public boolean isZero() {
        return duration.isZero();
    }

    /** ISO 8601 text as callers wrote it: days stay days (P30D, not PT720H). */
    public String iso() {
        if (duration.isZero()) {
            return "PT0S";
        }
        long days = duration.toDays();
        Duration rest = duration.minusDays(days);
        StringBuilder sb = new StringBuilder("P");
        if (days > 0) {
            sb.append(days).append('D');
        }
        if (!rest.isZero()) {
            sb.append(rest.toString().substring(1));
        }
        return sb.toString();
    }
}
