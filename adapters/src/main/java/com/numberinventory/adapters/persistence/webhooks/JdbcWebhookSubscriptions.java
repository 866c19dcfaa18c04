package com.numberinventory.adapters.persistence.webhooks;

import static com.numberinventory.adapters.persistence.shared.Jdbc.instant;
import static com.numberinventory.adapters.persistence.shared.Jdbc.utc;

import com.numberinventory.adapters.persistence.shared.Jdbc;
import com.numberinventory.application.port.out.webhooks.WebhookSubscriptions;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.shared.WorkspaceId;
import com.numberinventory.domain.webhook.WebhookSubscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
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

    private final Jdbc jdbc;

    @Inject
    public JdbcWebhookSubscriptions(EntityManager em) {
        this.jdbc = Jdbc.on(em);
    }

    @Override
    public void insert(WebhookSubscription s) {
        jdbc.update("INSERT INTO webhook_subscriptions (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ps -> {
                    ps.setObject(1, s.id());
                    bind(ps, 2, s);
                });
    }

    @Override
    public void update(WebhookSubscription s) {
        jdbc.update("UPDATE webhook_subscriptions SET url = ?, events = ?, description = ?, workspace_id = ?, "
                + "enabled = ?, secret = ?, previous_secret = ?, previous_secret_until = ?, created_at = ?, "
                + "updated_at = ? WHERE id = ?", ps -> {
                    bind(ps, 1, s);
                    ps.setObject(11, s.id());
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
        ps.setObject(from + 7, s.previousSecretUntil().map(Jdbc::utc).orElse(null));
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
        List<WebhookSubscription> rows = jdbc.page("SELECT " + COLUMNS + " FROM webhook_subscriptions", List.of(),
                page, JdbcWebhookSubscriptions::subscription);
        return Page.of(rows, page.limit(), WebhookSubscription::id);
    }

    @Override
    public boolean delete(UUID id) {
        return jdbc.execute("DELETE FROM webhook_subscriptions WHERE id = ?", id) > 0;
    }

    @Override
    public void disable(UUID id) {
        jdbc.execute("UPDATE webhook_subscriptions SET enabled = false, updated_at = now() WHERE id = ?", id);
    }

    private Optional<WebhookSubscription> one(String sql, UUID id) {
        return jdbc.first(sql, ps -> ps.setObject(1, id), JdbcWebhookSubscriptions::subscription);
    }

    private static WebhookSubscription subscription(ResultSet rs) throws SQLException {
        UUID workspace = rs.getObject("workspace_id", UUID.class);
        return new WebhookSubscription(rs.getObject("id", UUID.class), rs.getString("url"),
                Arrays.asList(rs.getString("events").split(" ")),
                Optional.ofNullable(rs.getString("description")),
                Optional.ofNullable(workspace).map(WorkspaceId::new), rs.getBoolean("enabled"),
                rs.getString("secret"), Optional.ofNullable(rs.getString("previous_secret")),
                instant(rs, "previous_secret_until"), instant(rs, "created_at").orElseThrow(),
                instant(rs, "updated_at").orElseThrow());
    }
}
