package com.numberinventory.adapters.persistence.numbers;

import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberType;
import com.numberinventory.domain.shared.CountryCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Fills {@code numbers.number_type} on rows stored before the column existed, one batch per call, each batch in
 * two short autocommit statements (the type needs libphonenumber, so SQL alone cannot compute it). The row's
 * version is not touched, so it never conflicts with a command saving the same number (which writes the same
 * value).
 */
@ApplicationScoped
public class NumberTypeBackfill {

    private static final String PICK = "SELECT id, e164, country_code FROM numbers WHERE number_type IS NULL "
            + "ORDER BY id LIMIT ?";
    private static final String FILL = "UPDATE numbers n SET number_type = t.type "
            + "FROM unnest(?::uuid[], ?::text[]) AS t(id, type) WHERE n.id = t.id AND n.number_type IS NULL";

    @Inject
    DataSource dataSource;

    /** Fills up to {@code batch} rows; returns how many it filled (0: nothing is left). */
    public int fillBatch(int batch) {
        // Autocommit: the pick takes no locks, and the update waits only for a command saving the same row.
        try (Connection c = dataSource.getConnection()) {
            List<UUID> ids = new ArrayList<>();
            List<String> types = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(PICK)) {
                ps.setInt(1, batch);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getObject(1, UUID.class));
                        types.add(NumberType.of(new E164(rs.getString(2), new CountryCode(rs.getString(3))))
                                .wireName());
                    }
                }
            }
            if (ids.isEmpty()) {
                return 0;
            }
            try (PreparedStatement ps = c.prepareStatement(FILL)) {
                ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
                ps.setArray(2, c.createArrayOf("text", types.toArray()));
                ps.executeUpdate();
            }
            return ids.size();
        } catch (SQLException e) {
            throw new IllegalStateException("filling number types failed", e);
        }
    }
}
