package com.numberinventory.adapters.persistence.numbers;

import com.numberinventory.adapters.persistence.shared.ReactiveDatabase;
import com.numberinventory.application.port.in.numbers.NumberDetails;
import com.numberinventory.domain.number.LineMessaging;
import com.numberinventory.domain.number.PhoneNumber;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

/**
 * The number view's one statement (the number row, its open rental and its messaging row joined) and the mapping of
 * its rows to the domain, shared by the JDBC reads and the reactive lookup: each reads the columns through
 * {@link Columns}, numbered from 1 in the order of {@link #COLUMNS}.
 */
final class NumberViewRows {

    static final String COLUMNS = "n.id, n.e164, n.country_code, n.capabilities, n.status, n.series_id, "
            + "n.provider_id, n.workspace_id, n.reserved_by, n.reserved_until, n.previous_workspace_id, "
            + "n.quarantine_until, n.suspended, n.event_sequence, n.created_at, n.updated_at, n.version, "
            + "r.id, r.workspace_id, r.started_at, r.monthly_price_minor, r.monthly_price_currency, r.trial_ends_at, "
            + "r.converted_at, m.campaign_id, m.status, m.status_code, m.description, m.updated_at, n.number_type";
    /** The joins after {@code numbers n}: at most one open rental (a unique index) and one messaging row. */
    static final String JOINS = " LEFT JOIN rentals r ON r.number_id = n.id AND r.ended_at IS NULL "
            + "AND n.status = 'assigned' LEFT JOIN number_messaging m ON m.number_id = n.id";
    /** The live (non-retired) number holding an E.164, the E.164 as the one parameter (written {@code $1}). */
    static final String BY_E164 = ReactiveDatabase.keepPrepared("SELECT " + COLUMNS + " FROM numbers n" + JOINS
            + " WHERE n.e164 = $1 AND n.status <> 'retired'");

    /** One result row's columns, numbered from 1, each read as the Java type it maps to; null where NULL. */
    interface Columns {
        <T> T get(int column, Class<T> type);

        default UUID uuid(int column) {
            return get(column, UUID.class);
        }

        default String text(int column) {
            return get(column, String.class);
        }

        default Integer int4(int column) {
            return get(column, Integer.class);
        }

        default Long int8(int column) {
            return get(column, Long.class);
        }

        default Boolean bool(int column) {
            return get(column, Boolean.class);
        }

        default Instant instant(int column) {
            OffsetDateTime t = get(column, OffsetDateTime.class);
            return t == null ? null : t.toInstant();
        }
    }

    private NumberViewRows() {
    }

    static NumberDetails read(Columns c) {
        NumberJpaEntity n = new NumberJpaEntity();
        n.id = c.uuid(1);
        n.e164 = c.text(2);
        n.countryCode = c.text(3);
        n.capabilities = c.int4(4);
        n.status = c.text(5);
        n.seriesId = c.uuid(6);
        n.providerId = c.uuid(7);
        n.workspaceId = c.uuid(8);
        n.reservedBy = c.uuid(9);
        n.reservedUntil = c.instant(10);
        n.previousWorkspaceId = c.uuid(11);
        n.quarantineUntil = c.instant(12);
        n.suspended = c.bool(13);
        n.eventSequence = c.int8(14);
        n.createdAt = c.instant(15);
        n.updatedAt = c.instant(16);
        n.version = c.int8(17);
        n.numberType = c.text(30);
        RentalJpaEntity rental = null;
        UUID rentalId = c.uuid(18);
        if (rentalId != null) {
            rental = new RentalJpaEntity();
            rental.id = rentalId;
            rental.numberId = n.id;
            rental.workspaceId = c.uuid(19);
            rental.startedAt = c.instant(20);
            rental.monthlyPriceMinor = c.int8(21);
            rental.monthlyPriceCurrency = c.text(22);
            rental.trialEndsAt = c.instant(23);
            rental.convertedAt = c.instant(24);
        }
        PhoneNumber number = NumberMapper.toDomain(n, rental);
        String messagingStatus = c.text(26);
        LineMessaging messaging = messagingStatus == null ? null : new LineMessaging(number.id(), c.text(25),
                LineMessaging.Status.valueOf(messagingStatus.toUpperCase(Locale.ROOT)),
                c.int4(27), c.text(28), c.instant(29));
        return new NumberDetails(number, messaging);
    }
}
