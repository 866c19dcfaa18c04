package com.numberinventory.adapters.persistence.webhooks;

import com.numberinventory.application.port.out.webhooks.WebhookSubscriptions;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.shared.WorkspaceId;
import com.numberinventory.domain.webhook.WebhookSubscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Webhook subscriptions in PostgreSQL, in plain SQL: the table is read by the fan-out trigger (events are stored
 * as a space-separated text the trigger splits), so its shape is kept obvious rather than hidden behind a mapping.
 */
@ApplicationScoped
public class JdbcWebhookSubscriptions implements WebhookSubscriptions {

    private static final String COLUMNS = "id, url, events, description, workspace_id, enabled, secret, "
            + "previous_secret, previous_secret_until, created_at, updated_at";

    private final EntityManager em;

    @Inject
    public JdbcWebhookSubscriptions(EntityManager em) {
        this.em = em;
    }

    @Override
    public void insert(WebhookSubscription s) {
        work(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO webhook_subscriptions (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, s.id());
                bind(ps, 2, s);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void update(WebhookSubscription s) {
        work(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE webhook_subscriptions SET url = ?, events = ?, "
                    + "description = ?, workspace_id = ?, enabled = ?, secret = ?, previous_secret = ?, "
                    + "previous_secret_until = ?, created_at = ?, updated_at = ? WHERE id = ?")) {
                bind(ps, 1, s);
                ps.setObject(11, s.id());
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static void bind(PreparedStatement ps, int from, WebhookSubscription s) throws SQLException {
        ps.setString(from, s.url());
        ps.setString(from + 1, String.join(" ", s.events()));
        ps.setString(from + 2, s.description().orElse(null));
        ps.setObject(from + 3, s.workspaceId().map(WorkspaceId::value).orElse(null), Types.OTHER);
        ps.setBoolean(from + 4, s.enabled());
        ps.setString(from + 5, s.sealedSecret());
        ps.setString(from + 6, s.sealedPreviousSecret().orElse(null));
        ps.setObject(from + 7, s.previousSecretUntil().map(JdbcWebhookSubscriptions::utc).orElse(null));
        ps.setObject(from + 8, utc(s.createdAt()));
        ps.setObject(from + 9, utc(s.updatedAt()));
    }

    @Override
    public Optional<WebhookSubscription> findForUpdate(UUID id) {
        return one("SELECT " + COLUMNS + " FROM webhook_subscriptions WHERE id = ? FOR UPDATE", id);
    }

    @Override
    public Optional<WebhookSubscription> find(UUID id) {
        return one("SELECT " + COLUMNS + " FROM webhook_subscriptions WHERE id = ?", id);
    }

    @Override
    public Page<WebhookSubscription> list(PageRequest page) {
        List<WebhookSubscription> rows = work(c -> {
            String sql = "SELECT " + COLUMNS + " FROM webhook_subscriptions "
                    + (page.after().isPresent() ? "WHERE id > ? " : "") + "ORDER BY id LIMIT ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (page.after().isPresent()) {
                    ps.setObject(i++, page.after().get());
                }
                ps.setInt(i, page.limit() + 1);
                return read(ps);
            }
        });
        return Page.of(rows, page.limit(), WebhookSubscription::id);
    }

    @Override
    public boolean delete(UUID id) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM webhook_subscriptions WHERE id = ?")) {
                ps.setObject(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    @Override
    public void disable(UUID id) {
        work(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE webhook_subscriptions SET enabled = false, updated_at = now() WHERE id = ?")) {
                ps.setObject(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private Optional<WebhookSubscription> one(String sql, UUID id) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, id);
                return read(ps).stream().findFirst();
            }
        });
    }

    private static List<WebhookSubscription> read(PreparedStatement ps) throws SQLException {
        List<WebhookSubscription> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                UUID workspace = rs.getObject("workspace_id", UUID.class);
                out.add(new WebhookSubscription(rs.getObject("id", UUID.class), rs.getString("url"),
                        Arrays.asList(rs.getString("events").split(" ")),
                        Optional.ofNullable(rs.getString("description")),
                        Optional.ofNullable(workspace).map(WorkspaceId::new), rs.getBoolean("enabled"),
                        rs.getString("secret"), Optional.ofNullable(rs.getString("previous_secret")),
                        instant(rs, "previous_secret_until"), instant(rs, "created_at").orElseThrow(),
                        instant(rs, "updated_at").orElseThrow()));
            }
        }
        return out;
    }

    static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, java.time.OffsetDateTime.class))
                .map(java.time.OffsetDateTime::toInstant);
    }

    static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    /** Work on the connection of the caller's transaction. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T work(Work<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::run);
    }
}
