package com.numberinventory.adapters.persistence.numbers;

import com.numberinventory.application.port.in.numbers.NumberDetails;
import com.numberinventory.application.port.in.numbers.NumberFilter;
import com.numberinventory.application.port.out.numbers.NumberReads;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.LineMessaging;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The number views in one statement each: the number row, its open rental and its messaging row joined, read
 * through plain JDBC on a connection in autocommit (no transaction, no ORM session, no dirty checking) and mapped
 * straight to the domain.
 */
@ApplicationScoped
public class JdbcNumberReads implements NumberReads {

    private static final String COLUMNS = "n.id, n.e164, n.country_code, n.capabilities, n.status, n.series_id, "
            + "n.provider_id, n.workspace_id, n.reserved_by, n.reserved_until, n.previous_workspace_id, "
            + "n.quarantine_until, n.suspended, n.event_sequence, n.created_at, n.updated_at, n.version, "
            + "r.id, r.workspace_id, r.started_at, r.monthly_price_minor, r.monthly_price_currency, r.trial_ends_at, "
            + "r.converted_at, m.campaign_id, m.status, m.status_code, m.description, m.updated_at, n.number_type";
    /** The joins after {@code numbers n}: at most one open rental (a unique index) and one messaging row. */
    private static final String JOINS = " LEFT JOIN rentals r ON r.number_id = n.id AND r.ended_at IS NULL "
            + "AND n.status = 'assigned' LEFT JOIN number_messaging m ON m.number_id = n.id";
    private static final String BY_ID = "SELECT " + COLUMNS + " FROM numbers n" + JOINS + " WHERE n.id = ?";
    private static final String BY_E164 = "SELECT " + COLUMNS + " FROM numbers n" + JOINS
            + " WHERE n.e164 = ? AND n.status <> 'retired'";

    @Inject
    DataSource dataSource;

    @Override
    public Optional<NumberDetails> byId(NumberId id) {
        return query(BY_ID, List.of(id.value())).stream().findFirst();
    }

    @Override
    public Optional<NumberDetails> byE164(E164 e164) {
        return query(BY_E164, List.of(e164.value())).stream().findFirst();
    }

    @Override
    public Page<NumberDetails> search(NumberFilter filter, PageRequest page) {
        NumberConditions where = NumberConditions.search(filter, page);
        // The page is chosen on numbers alone (the plan of the search's own SQL), then its rows are joined.
        String sql = "SELECT " + COLUMNS + " FROM (" + where.sql() + ") n" + JOINS + " ORDER BY n.id";
        NumberConditions.Positional positional = where.positional(sql);
        List<NumberDetails> found = query(positional.sql(), positional.values());
        return Page.of(found, page.limit(), d -> d.number().id().value());
    }

    private List<NumberDetails> query(String sql, List<?> values) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                ps.setObject(i + 1, v instanceof Instant t ? t.atOffset(ZoneOffset.UTC) : v);
            }
            List<NumberDetails> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading numbers failed", e);
        }
    }

    private static NumberDetails read(ResultSet rs) throws SQLException {
        NumberJpaEntity n = new NumberJpaEntity();
        n.id = rs.getObject(1, UUID.class);
        n.e164 = rs.getString(2);
        n.countryCode = rs.getString(3);
        n.capabilities = rs.getInt(4);
        n.status = rs.getString(5);
        n.seriesId = rs.getObject(6, UUID.class);
        n.providerId = rs.getObject(7, UUID.class);
        n.workspaceId = rs.getObject(8, UUID.class);
        n.reservedBy = rs.getObject(9, UUID.class);
        n.reservedUntil = instant(rs, 10);
        n.previousWorkspaceId = rs.getObject(11, UUID.class);
        n.quarantineUntil = instant(rs, 12);
        n.suspended = rs.getBoolean(13);
        n.eventSequence = rs.getLong(14);
        n.createdAt = instant(rs, 15);
        n.updatedAt = instant(rs, 16);
        n.version = rs.getLong(17);
        n.numberType = rs.getString(30);
        RentalJpaEntity rental = null;
        UUID rentalId = rs.getObject(18, UUID.class);
        if (rentalId != null) {
            rental = new RentalJpaEntity();
            rental.id = rentalId;
            rental.numberId = n.id;
            rental.workspaceId = rs.getObject(19, UUID.class);
            rental.startedAt = instant(rs, 20);
            rental.monthlyPriceMinor = rs.getLong(21);
            rental.monthlyPriceCurrency = rs.getString(22);
            rental.trialEndsAt = instant(rs, 23);
            rental.convertedAt = instant(rs, 24);
        }
        PhoneNumber number = NumberMapper.toDomain(n, rental);
        String messagingStatus = rs.getString(26);
        LineMessaging messaging = messagingStatus == null ? null : new LineMessaging(number.id(), rs.getString(25),
                LineMessaging.Status.valueOf(messagingStatus.toUpperCase(Locale.ROOT)),
                (Integer) rs.getObject(27), rs.getString(28), instant(rs, 29));
        return new NumberDetails(number, messaging);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
