package com.numberinventory.adapters.persistence.orders;

import static com.numberinventory.adapters.persistence.shared.Jdbc.text;
import static com.numberinventory.adapters.persistence.shared.Jdbc.utc;

import com.numberinventory.application.port.out.orders.NumberOrders;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.order.NumberOrder;
import com.numberinventory.domain.order.OrderId;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.shared.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import com.numberinventory.adapters.persistence.shared.Jdbc;
import jakarta.persistence.EntityManager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Orders in {@code number_orders} and their lines in {@code number_order_lines}, in plain JDBC. */
@ApplicationScoped
public class JdbcNumberOrders implements NumberOrders {

    private static final String COLUMNS = "id, provider_id, series_id, workspace_id, campaign_id, upstream_order_id, "
            + "status, attempts, last_error, created_at, updated_at";
    private static final String LINE_COLUMNS = "order_id, position, provider_id, e164, status, number_id, "
            + "upstream_id, request_id, provider_code, detail";

    private final Jdbc jdbc;

    @Inject
    public JdbcNumberOrders(EntityManager em) {
        this.jdbc = Jdbc.on(em);
    }

    @Override
    public void add(NumberOrder o) {
        jdbc.work(c -> {
            Jdbc.update(c, "INSERT INTO number_orders (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    ps -> {
                        ps.setObject(1, o.id().value());
                        ps.setObject(2, o.providerId().value());
                        ps.setObject(3, o.seriesId().value());
                        ps.setObject(4, o.workspaceId().map(WorkspaceId::value).orElse(null), Types.OTHER);
                        text(ps, 5, o.campaignId());
                        text(ps, 6, o.upstreamOrderId());
                        ps.setString(7, o.status().wireName());
                        ps.setInt(8, o.attempts());
                        text(ps, 9, o.lastError());
                        ps.setObject(10, utc(o.createdAt()));
                        ps.setObject(11, utc(o.updatedAt()));
                    });
            Jdbc.batch(c, "INSERT INTO number_order_lines (" + LINE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    o.lines(), (ps, l, position) -> {
                        ps.setObject(1, o.id().value());
                        ps.setInt(2, position);
                        ps.setObject(3, o.providerId().value());
                        ps.setString(4, l.e164().value());
                        lineValues(ps, l, 5);
                    });
            return null;
        });
    }

    /** status, number_id, upstream_id, request_id, provider_code, detail from {@code from} on. */
    private static void lineValues(PreparedStatement ps, NumberOrder.Line l, int from) throws SQLException {
        ps.setString(from, l.status().wireName());
        ps.setObject(from + 1, l.numberId().map(NumberId::value).orElse(null), Types.OTHER);
        text(ps, from + 2, l.upstreamId());
        text(ps, from + 3, l.requestId());
        text(ps, from + 4, l.errorCode());
        text(ps, from + 5, l.detail());
    }

    @Override
    public Optional<NumberOrder> find(OrderId id) {
        return one("SELECT " + COLUMNS + " FROM number_orders WHERE id = ?", id.value());
    }

    @Override
    public Optional<NumberOrder> findForUpdate(OrderId id) {
        return one("SELECT " + COLUMNS + " FROM number_orders WHERE id = ? FOR UPDATE", id.value());
    }

    @Override
    public Optional<NumberOrder> findOpenForUpdate(ProviderId providerId, E164 e164) {
        Optional<UUID> orderId = jdbc.first("SELECT order_id FROM number_order_lines "
                + "WHERE provider_id = ? AND e164 = ? AND status = 'pending' ORDER BY order_id LIMIT 1", ps -> {
                    ps.setObject(1, providerId.value());
                    ps.setString(2, e164.value());
                }, rs -> rs.getObject(1, UUID.class));
        // Lock the order, then read its lines under the lock: the line may have settled meanwhile.
        return orderId.flatMap(id -> findForUpdate(new OrderId(id)))
                .filter(o -> o.lineOf(e164).filter(l -> l.status() == NumberOrder.Status.PENDING).isPresent());
    }

    @Override
    public void save(NumberOrder o) {
        jdbc.work(c -> {
            Jdbc.update(c, "UPDATE number_orders SET upstream_order_id = ?, status = ?, attempts = ?, last_error = ?, "
                    + "updated_at = ? WHERE id = ?", ps -> {
                        text(ps, 1, o.upstreamOrderId());
                        ps.setString(2, o.status().wireName());
                        ps.setInt(3, o.attempts());
                        text(ps, 4, o.lastError().map(s -> s.length() > 500 ? s.substring(0, 500) : s));
                        ps.setObject(5, utc(o.updatedAt()));
                        ps.setObject(6, o.id().value());
                    });
            Jdbc.batch(c, "UPDATE number_order_lines SET status = ?, number_id = ?, upstream_id = ?, request_id = ?, "
                    + "provider_code = ?, detail = ? WHERE order_id = ? AND e164 = ?", o.lines(), (ps, l, index) -> {
                        lineValues(ps, l, 1);
                        ps.setObject(7, o.id().value());
                        ps.setString(8, l.e164().value());
                    });
            return null;
        });
    }

    @Override
    public Page<NumberOrder> list(PageRequest page) {
        List<UUID> ids = jdbc.page("SELECT id FROM number_orders", List.of(), page, rs -> rs.getObject(1, UUID.class));
        List<NumberOrder> orders = ids.stream().map(id -> find(new OrderId(id)).orElseThrow()).toList();
        return Page.of(orders, page.limit(), o -> o.id().value());
    }

    private Optional<NumberOrder> one(String sql, UUID id) {
        return jdbc.work(c -> Jdbc.first(c, sql, ps -> ps.setObject(1, id), rs -> order(c, rs)));
    }

    private static NumberOrder order(Connection c, ResultSet rs) throws SQLException {
        OrderId orderId = new OrderId(rs.getObject("id", UUID.class));
        List<NumberOrder.Line> lines = lines(c, orderId);
        UUID ws = rs.getObject("workspace_id", UUID.class);
        return new NumberOrder(orderId,
                new ProviderId(rs.getObject("provider_id", UUID.class)),
                new SeriesId(rs.getObject("series_id", UUID.class)),
                Optional.ofNullable(ws).map(WorkspaceId::new),
                Optional.ofNullable(rs.getString("campaign_id")),
                Optional.ofNullable(rs.getString("upstream_order_id")),
                NumberOrder.Status.fromWire(rs.getString("status")).orElseThrow(),
                lines, rs.getInt("attempts"), Optional.ofNullable(rs.getString("last_error")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static List<NumberOrder.Line> lines(Connection c, OrderId id) throws SQLException {
        return Jdbc.query(c, "SELECT " + LINE_COLUMNS + " FROM number_order_lines WHERE order_id = ? ORDER BY position",
                ps -> ps.setObject(1, id.value()), rs -> {
                    UUID number = rs.getObject("number_id", UUID.class);
                    return new NumberOrder.Line(E164.parse("e164", rs.getString("e164")),
                            NumberOrder.Status.fromWire(rs.getString("status")).orElseThrow(),
                            Optional.ofNullable(number).map(NumberId::new),
                            Optional.ofNullable(rs.getString("upstream_id")),
                            Optional.ofNullable(rs.getString("request_id")),
                            Optional.ofNullable(rs.getString("provider_code")),
                            Optional.ofNullable(rs.getString("detail")));
                });
    }
}
