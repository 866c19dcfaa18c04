package com.numberinventory.adapters.persistence.webhooks;

import com.numberinventory.adapters.persistence.shared.Jdbc;
import com.numberinventory.application.port.out.webhooks.WebhookDeliveries;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.webhook.DeliveryStatus;
import com.numberinventory.domain.webhook.WebhookDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.numberinventory.adapters.persistence.shared.Jdbc.instant;
import static com.numberinventory.adapters.persistence.shared.Jdbc.utc;

/**
 * The webhook delivery queue in PostgreSQL. Claiming is one statement: pick due rows with
 * {@code FOR UPDATE SKIP LOCKED} (concurrent claimers never wait for, nor take, each other's rows), then lease
 * them (push {@code next_attempt_at} to the lease end, stamp a lease token, count the attempt) and return what
 * is needed to send. Outcomes are written only while the row still carries the claim's token.
 */
@ApplicationScoped
public class JdbcWebhookDeliveries implements WebhookDeliveries {

    private static final String COLUMNS = "id, subscription_id, event_id, event_kind, status, attempts, "
            + "last_status_code, last_error, last_attempt_at, next_attempt_at, delivered_at, created_at";

    private static final String CLAIM = """
            WITH due AS (
                SELECT d.id FROM webhook_deliveries d
                JOIN webhook_subscriptions s ON s.id = d.subscription_id AND s.enabled
                WHERE d.status = 'pending' AND d.next_attempt_at <= ?
                ORDER BY d.next_attempt_at
                LIMIT ?
                FOR UPDATE OF d SKIP LOCKED)
            UPDATE webhook_deliveries d
               SET next_attempt_at = ?, lease_token = ?, attempts = d.attempts + 1, last_attempt_at = ?
              FROM due, webhook_subscriptions s, domain_events e
             WHERE d.id = due.id AND s.id = d.subscription_id AND e.id = d.event_id
            RETURNING d.id, d.attempts, d.event_id, e.envelope::text AS envelope, s.id AS subscription_id, s.url,
                      s.secret, s.previous_secret, s.previous_secret_until
            """;

    private final Jdbc jdbc;

    @Inject
    public JdbcWebhookDeliveries(EntityManager em) {
        this.jdbc = Jdbc.on(em);
    }

    @Override
    public List<Claimed> claimDue(Instant now, int limit, Instant leaseUntil, UUID leaseToken) {
        return jdbc.query(CLAIM, ps -> {
            ps.setObject(1, utc(now));
            ps.setInt(2, limit);
            ps.setObject(3, utc(leaseUntil));
            ps.setObject(4, leaseToken);
            ps.setObject(5, utc(now));
        }, rs -> new Claimed(rs.getObject("id", UUID.class), leaseToken, rs.getInt("attempts"),
                rs.getObject("event_id", UUID.class), rs.getString("envelope"),
                rs.getObject("subscription_id", UUID.class), rs.getString("url"),
                rs.getString("secret"), Optional.ofNullable(rs.getString("previous_secret")),
                instant(rs, "previous_secret_until")));
    }

    @Override
    public void markDelivered(UUID deliveryId, UUID leaseToken, int statusCode, Instant at) {
        jdbc.execute("UPDATE webhook_deliveries SET status = 'delivered', delivered_at = ?, last_status_code = ?, "
                + "last_error = NULL, next_attempt_at = NULL, lease_token = NULL "
                + "WHERE id = ? AND lease_token = ? AND status = 'pending'", utc(at), statusCode, deliveryId, leaseToken);
    }

    @Override
    public void markRetry(UUID deliveryId, UUID leaseToken, Optional<Integer> statusCode, String error,
                          Instant nextAttemptAt) {
        jdbc.execute("UPDATE webhook_deliveries SET next_attempt_at = ?, last_status_code = ?, last_error = ?, "
                        + "lease_token = NULL WHERE id = ? AND lease_token = ? AND status = 'pending'",
                utc(nextAttemptAt), statusCode.orElse(null), truncate(error), deliveryId, leaseToken);
    }

    @Override
    public void markDeadLetter(UUID deliveryId, UUID leaseToken, Optional<Integer> statusCode, String error) {
        jdbc.execute("UPDATE webhook_deliveries SET status = 'dead_letter', next_attempt_at = NULL, last_status_code = ?, "
                        + "last_error = ?, lease_token = NULL WHERE id = ? AND lease_token = ? AND status = 'pending'",
                statusCode.orElse(null), truncate(error), deliveryId, leaseToken);
    }

    @Override
    public void requeue(UUID deliveryId, Instant now) {
        // A dead letter starts over; a pending one is only brought forward, and not while a dispatcher holds its
        // lease (clearing the lease would let a second dispatcher send it at the same moment).
        jdbc.execute("UPDATE webhook_deliveries SET status = 'pending', attempts = 0, next_attempt_at = ? "
                + "WHERE id = ? AND status = 'dead_letter'", utc(now), deliveryId);
        jdbc.execute("UPDATE webhook_deliveries SET next_attempt_at = LEAST(next_attempt_at, ?) "
                + "WHERE id = ? AND status = 'pending' AND lease_token IS NULL", utc(now), deliveryId);
    }

    @Override
    public Optional<WebhookDelivery> find(UUID deliveryId) {
        return one("SELECT " + COLUMNS + " FROM webhook_deliveries WHERE id = ?", deliveryId);
    }

    @Override
    public Optional<WebhookDelivery> findForUpdate(UUID deliveryId) {
        return one("SELECT " + COLUMNS + " FROM webhook_deliveries WHERE id = ? FOR UPDATE", deliveryId);
    }

    @Override
    public Page<WebhookDelivery> forSubscription(UUID subscriptionId, Optional<DeliveryStatus> status,
                                                 PageRequest page) {
        List<Jdbc.Condition> conditions = new ArrayList<>();
        conditions.add(new Jdbc.Condition("subscription_id = ?", subscriptionId));
        status.ifPresent(s -> conditions.add(new Jdbc.Condition("status = ?", s.wireName())));
        List<WebhookDelivery> rows = jdbc.page("SELECT " + COLUMNS + " FROM webhook_deliveries", conditions, page,
                JdbcWebhookDeliveries::delivery);
        return Page.of(rows, page.limit(), WebhookDelivery::id);
    }

    private Optional<WebhookDelivery> one(String sql, UUID id) {
        return jdbc.first(sql, ps -> ps.setObject(1, id), JdbcWebhookDeliveries::delivery);
    }

    private static WebhookDelivery delivery(ResultSet rs) throws SQLException {
        int code = rs.getInt("last_status_code");
        Optional<Integer> lastCode = rs.wasNull() ? Optional.empty() : Optional.of(code);
        return new WebhookDelivery(rs.getObject("id", UUID.class), rs.getObject("subscription_id", UUID.class),
                rs.getObject("event_id", UUID.class), rs.getString("event_kind"),
                DeliveryStatus.fromWire(rs.getString("status")).orElseThrow(), rs.getInt("attempts"),
                lastCode, Optional.ofNullable(rs.getString("last_error")), instant(rs, "last_attempt_at"),
                instant(rs, "next_attempt_at"), instant(rs, "delivered_at"),
                instant(rs, "created_at").orElseThrow());
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    }
}
