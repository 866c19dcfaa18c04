package com.numberinventory.adapters.persistence.numbers;

import static com.numberinventory.adapters.persistence.shared.Jdbc.text;
import static com.numberinventory.adapters.persistence.shared.Jdbc.utc;

import com.numberinventory.application.port.out.numbers.UpstreamDisconnects;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.UpstreamDisconnect;
import com.numberinventory.domain.provider.ProviderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import com.numberinventory.adapters.persistence.shared.Jdbc;
import jakarta.persistence.EntityManager;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** Upstream disconnects in {@code upstream_disconnects}, in plain JDBC (nullable text columns bound as text). */
@ApplicationScoped
public class JdbcUpstreamDisconnects implements UpstreamDisconnects {

    private static final String COLUMNS = "number_id, provider_id, e164, upstream_id, status, provider_code, detail, "
            + "attempts, created_at, updated_at";

    private final Jdbc jdbc;

    @Inject
    public JdbcUpstreamDisconnects(EntityManager em) {
        this.jdbc = Jdbc.on(em);
    }

    @Override
    public void add(UpstreamDisconnect d) {
        jdbc.update("INSERT INTO upstream_disconnects (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setObject(1, d.numberId().value());
            ps.setObject(2, d.providerId().value());
            ps.setString(3, d.e164().value());
            text(ps, 4, d.upstreamId());
            ps.setString(5, d.status().wireName());
            text(ps, 6, d.providerCode());
            text(ps, 7, d.detail());
            ps.setInt(8, d.attempts());
            ps.setObject(9, utc(d.createdAt()));
            ps.setObject(10, utc(d.updatedAt()));
        });
    }

    @Override
    public Optional<UpstreamDisconnect> find(NumberId numberId) {
        return jdbc.first("SELECT " + COLUMNS + " FROM upstream_disconnects WHERE number_id = ?",
                ps -> ps.setObject(1, numberId.value()), JdbcUpstreamDisconnects::disconnect);
    }

    @Override
    public Optional<UpstreamDisconnect> claimAttempt(NumberId numberId, Instant now) {
        return jdbc.first("UPDATE upstream_disconnects SET attempts = attempts + 1, status = 'pending', "
                + "updated_at = ? WHERE number_id = ? AND status <> 'done' RETURNING " + COLUMNS, ps -> {
                    ps.setObject(1, utc(now));
                    ps.setObject(2, numberId.value());
                }, JdbcUpstreamDisconnects::disconnect);
    }

    @Override
    public int confirmPending(E164 e164, Instant now) {
        return jdbc.update("UPDATE upstream_disconnects SET status = 'done', provider_code = NULL, detail = "
                + "'confirmed by the provider''s webhook', updated_at = ? WHERE e164 = ? AND status = 'pending'",
                ps -> {
                    ps.setObject(1, utc(now));
                    ps.setString(2, e164.value());
                });
    }

    @Override
    public void record(NumberId numberId, UpstreamDisconnect.Status status, Optional<String> providerCode,
                       Optional<String> detail, Instant now) {
        jdbc.update("UPDATE upstream_disconnects SET status = ?, provider_code = ?, detail = ?, updated_at = ? "
                + "WHERE number_id = ?", ps -> {
                    ps.setString(1, status.wireName());
                    text(ps, 2, providerCode);
                    text(ps, 3, detail.map(s -> s.length() > 500 ? s.substring(0, 500) : s));
                    ps.setObject(4, utc(now));
                    ps.setObject(5, numberId.value());
                });
    }

    private static UpstreamDisconnect disconnect(ResultSet rs) throws SQLException {
        return new UpstreamDisconnect(new NumberId(rs.getObject("number_id", UUID.class)),
                new ProviderId(rs.getObject("provider_id", UUID.class)),
                E164.parse("e164", rs.getString("e164")),
                Optional.ofNullable(rs.getString("upstream_id")),
                UpstreamDisconnect.Status.fromWire(rs.getString("status")).orElseThrow(),
                Optional.ofNullable(rs.getString("provider_code")),
                Optional.ofNullable(rs.getString("detail")),
                rs.getInt("attempts"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
