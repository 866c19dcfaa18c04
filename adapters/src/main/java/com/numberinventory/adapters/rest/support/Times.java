package com.numberinventory.adapters.rest.support;

import com.numberinventory.domain.shared.DomainException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** RFC 3339 UTC with milliseconds, the one time format of the API. */
public final class Times {

    private static final DateTimeFormatter RFC3339_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Times() {
    }

    public static String format(Instant instant) {
        return instant == null ? null : RFC3339_MILLIS.format(instant);
    }

    /**
     * An RFC 3339 time from a caller, with an offset. Years outside 0001-9999 are refused: RFC 3339 has four-digit
     * years, and the extremes {@link Instant} accepts overflow milliseconds and PostgreSQL's timestamp range.
     */
    public static Optional<Instant> parse(String field, String raw) {
        return Params.text(raw).map(r -> {
            OffsetDateTime time;
            try {
                time = OffsetDateTime.parse(r);
            } catch (DateTimeParseException e) {
                throw DomainException.invalidField(field, "must be an RFC 3339 time such as 2026-07-01T00:00:00Z");
            }
            int year = time.withOffsetSameInstant(ZoneOffset.UTC).getYear();
            if (year < 1 || year > 9999) {
                throw DomainException.invalidField(field, "must be a time between the years 0001 and 9999");
            }
            return time.toInstant();
        });
    }
}
