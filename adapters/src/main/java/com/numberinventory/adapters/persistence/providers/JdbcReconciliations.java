package com.numberinventory.adapters.persistence.providers;

import static com.numberinventory.adapters.persistence.shared.Jdbc.instant;
import static com.numberinventory.adapters.persistence.shared.Jdbc.text;
import static com.numberinventory.adapters.persistence.shared.Jdbc.utc;

import com.numberinventory.application.port.out.providers.Reconciliations;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.reconciliation.Reconciliation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import com.numberinventory.adapters.persistence.shared.Jdbc;
import jakarta.persistence.EntityManager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reconciliation reports in {@code reconciliations} and {@code reconciliation_differences}, in plain JDBC. */
@ApplicationScoped
public class JdbcReconciliations implements Reconciliations {

    private static final String COLUMNS = "id, provider_id, status, upstream_count, inventory_count, created_at, "
            + "applied_at";

    private final Jdbc jdbc;

    @Inject
    public JdbcReconciliations(EntityManager em) {
        this.jdbc = Jdbc.on(em);
    }

    @Override
    public void add(Reconciliation r) {
        jdbc.work(c -> {
            Jdbc.update(c, "INSERT INTO reconciliations (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)", ps -> {
                ps.setObject(1, r.id());
                ps.setObject(2, r.providerId().value());
                ps.setString(3, r.status().wireName());
                ps.setInt(4, r.upstreamCount());
                ps.setInt(5, r.inventoryCount());
                ps.setObject(6, utc(r.createdAt()));
                ps.setObject(7, r.appliedAt().map(Jdbc::utc).orElse(null), Types.TIMESTAMP_WITH_TIMEZONE);
            });
            insertDifferences(c, r);
            return null;
        });
    }

    private static void insertDifferences(Connection c, Reconciliation r) throws SQLException {
        Jdbc.batch(c, "INSERT INTO reconciliation_differences (reconciliation_id, position, e164, kind, "
                + "inventory_status, upstream_status, resolution) VALUES (?, ?, ?, ?, ?, ?, ?)", r.differences(),
                (ps, d, position) -> {
                    ps.setObject(1, r.id());
                    ps.setInt(2, position);
                    ps.setString(3, d.e164().value());
                    ps.setString(4, d.kind().wireName());
                    text(ps, 5, d.inventoryStatus());
                    text(ps, 6, d.upstreamStatus());
                    text(ps, 7, d.resolution().map(s -> s.length() > 500 ? s.substring(0, 500) : s));
                });
    }

    @Override
    public Optional<Reconciliation> find(ProviderId providerId, UUID id) {
        return one("SELECT " + COLUMNS + " FROM reconciliations WHERE id = ? AND provider_id = ?", id, providerId);
    }

    @Override
    public Optional<Reconciliation> findForUpdate(ProviderId providerId, UUID id) {
        return one("SELECT " + COLUMNS + " FROM reconciliations WHERE id = ? AND provider_id = ? FOR UPDATE", id,
                providerId);
    }

    @Override
    public void save(Reconciliation r) {
        jdbc.work(c -> {
            Jdbc.update(c, "UPDATE reconciliations SET status = ?, applied_at = ? WHERE id = ?", ps -> {
                ps.setString(1, r.status().wireName());
                ps.setObject(2, r.appliedAt().map(Jdbc::utc).orElse(null), Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setObject(3, r.id());
            });
            Jdbc.update(c, "DELETE FROM reconciliation_differences WHERE reconciliation_id = ?",
                    ps -> ps.setObject(1, r.id()));
            insertDifferences(c, r);
            return null;
        });
    }

    @Override
    public Page<Reconciliation> list(ProviderId providerId, PageRequest page) {
        List<UUID> ids = jdbc.page("SELECT id FROM reconciliations",
                List.of(new Jdbc.Condition("provider_id = ?", providerId.value())), page,
                rs -> rs.getObject(1, UUID.class));
        List<Reconciliation> reports = ids.stream().map(id -> find(providerId, id).orElseThrow()).toList();
        return Page.of(reports, page.limit(), Reconciliation::id);
    }

    @Override
    public Map<E164, String> inventoryOf(ProviderId providerId) {
        return jdbc.work(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT e164, status FROM numbers "
                    + "WHERE provider_id = ? AND status <> 'retired' ORDER BY e164")) {
                ps.setObject(1, providerId.value());
                Map<E164, String> out = new LinkedHashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        E164.tryParse(rs.getString(1)).ifPresent(e -> {
                            try {
                                out.put(e, rs.getString(2));
                            } catch (SQLException ex) {
                                throw new IllegalStateException(ex);
                            }
                        });
                    }
                }
                return out;
            }
        });
    }

    private Optional<Reconciliation> one(String sql, UUID id, ProviderId providerId) {
        return jdbc.work(c -> Jdbc.first(c, sql, ps -> {
            ps.setObject(1, id);
            ps.setObject(2, providerId.value());
        }, rs -> new Reconciliation(id, providerId,
                Reconciliation.Status.fromWire(rs.getString("status")).orElseThrow(),
                rs.getInt("upstream_count"), rs.getInt("inventory_count"), differences(c, id),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), instant(rs, "applied_at"))));
    }

    private static List<Reconciliation.Difference> differences(Connection c, UUID id) throws SQLException {
        return Jdbc.query(c, "SELECT e164, kind, inventory_status, upstream_status, resolution "
                + "FROM reconciliation_differences WHERE reconciliation_id = ? ORDER BY position",
                ps -> ps.setObject(1, id), rs -> new Reconciliation.Difference(E164.parse("e164", rs.getString("e164")),
                        Reconciliation.Kind.fromWire(rs.getString("kind")).orElseThrow(),
                        Optional.ofNullable(rs.getString("inventory_status")),
                        Optional.ofNullable(rs.getString("upstream_status")),
                        Optional.ofNullable(rs.getString("resolution"))));
    }
}
