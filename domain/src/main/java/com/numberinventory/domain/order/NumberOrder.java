package com.numberinventory.domain.order;

import com.numberinventory.domain.event.OrderEvent;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.shared.IdSource;
import com.numberinventory.domain.shared.WireNamed;
import com.numberinventory.domain.shared.WorkspaceId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An order of numbers from a provider (a Sautikit claim, a Telnyx number order, a Zipwhip line provisioning). Each
 * number is a line that is pending until the provider's answer or webhook settles it as completed or failed (with
 * the provider's error code). The order is pending while any line is; then completed when at least one line
 * completed, failed when all failed. A line settles once: a later answer never undoes an earlier settlement (a
 * webhook may arrive before the order's own answer is stored).
 */
public final class NumberOrder {

    public enum Status implements WireNamed {
        PENDING, COMPLETED, FAILED;

        public static Optional<Status> fromWire(String s) {
            return WireNamed.fromWire(Status.class, s);
        }
    }

    /** One number of the order. {@code numberId} is set once it entered the inventory (pending). */
    public record Line(E164 e164, Status status, Optional<NumberId> numberId, Optional<String> upstreamId,
                       Optional<String> requestId, Optional<String> errorCode, Optional<String> detail) {
        public Line {
            Objects.requireNonNull(e164, "e164");
            Objects.requireNonNull(status, "status");
            numberId = numberId == null ? Optional.empty() : numberId;
            upstreamId = upstreamId == null ? Optional.empty() : upstreamId;
            requestId = requestId == null ? Optional.empty() : requestId;
            errorCode = errorCode == null ? Optional.empty() : errorCode;
            detail = detail == null ? Optional.empty() : detail.map(d -> d.length() > 500 ? d.substring(0, 500) : d);
        }

        public static Line pending(E164 e164, NumberId numberId) {
            return new Line(e164, Status.PENDING, Optional.of(numberId), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty());
        }

        public static Line refused(E164 e164, String code, String detail) {
            return new Line(e164, Status.FAILED, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(code), Optional.of(detail));
        }
    }

    private final OrderId id;
    private final ProviderId providerId;
    private final SeriesId seriesId;
    private final Optional<WorkspaceId> workspaceId;
    private final Optional<String> campaignId;
    private Optional<String> upstreamOrderId;
    private Status status;
    private final List<Line> lines;
    private int attempts;
    private Optional<String> lastError;
    private final Instant createdAt;
    private Instant updatedAt;

    public NumberOrder(OrderId id, ProviderId providerId, SeriesId seriesId, Optional<WorkspaceId> workspaceId,
                       Optional<String> campaignId, Optional<String> upstreamOrderId, Status status, List<Line> lines,
                       int attempts, Optional<String> lastError, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.providerId = Objects.requireNonNull(providerId, "providerId");
        this.seriesId = Objects.requireNonNull(seriesId, "seriesId");
        this.workspaceId = workspaceId == null ? Optional.empty() : workspaceId;
        this.campaignId = campaignId == null ? Optional.empty() : campaignId;
        this.upstreamOrderId = upstreamOrderId == null ? Optional.empty() : upstreamOrderId;
        this.status = Objects.requireNonNull(status, "status");
        this.lines = new ArrayList<>(lines);
        this.attempts = attempts;
        this.lastError = lastError == null ? Optional.empty() : lastError;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** A new order with its lines; answers it with {@code order.created} (and {@code order.failed} if no line is pending). */
    public static Placed place(OrderId id, ProviderId providerId, SeriesId seriesId, Optional<WorkspaceId> workspace,
                               Optional<String> campaignId, List<Line> lines, IdSource ids, Instant now) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order has at least one number");
        }
        NumberOrder order = new NumberOrder(id, providerId, seriesId, workspace, campaignId, Optional.empty(),
                Status.PENDING, lines, 0, Optional.empty(), now, now);
        List<OrderEvent> events = new ArrayList<>();
        order.status = order.derivedStatus();
        events.add(order.event(OrderEvent.CREATED, ids, now));
        order.terminalEvent(Status.PENDING, ids, now).ifPresent(events::add);
        return new Placed(order, List.copyOf(events));
    }

    public record Placed(NumberOrder order, List<OrderEvent> events) {
    }

    /** Counts one attempt at the provider. */
    public void attempted(Optional<String> upstreamOrderId, Optional<String> error, Instant now) {
        attempts++;
        if (upstreamOrderId.isPresent()) {
            this.upstreamOrderId = upstreamOrderId;
        }
        this.lastError = error;
        this.updatedAt = now;
    }

    /** Records the provider's ids for a line still pending (nothing else changes). */
    public void noteIds(E164 e164, Optional<String> upstreamId, Optional<String> requestId, Instant now) {
        lineOf(e164).filter(l -> l.status() == Status.PENDING).ifPresent(l -> replace(new Line(l.e164(),
                l.status(), l.numberId(), upstreamId.or(l::upstreamId), requestId.or(l::requestId), l.errorCode(),
                l.detail())));
        this.updatedAt = now;
    }

    /**
     * Settles a pending line as completed or failed; a line already settled (or absent) is left as it is (empty).
     * Answers the order's terminal event when this settlement ended it.
     */
    public Optional<Settlement> settle(E164 e164, Status outcome, Optional<String> upstreamId,
                                       Optional<String> errorCode, Optional<String> detail, IdSource ids,
                                       Instant now) {
        if (outcome == Status.PENDING) {
            throw new IllegalArgumentException("a line settles as completed or failed");
        }
        Optional<Line> line = lineOf(e164).filter(l -> l.status() == Status.PENDING);
        if (line.isEmpty()) {
            return Optional.empty();
        }
        Line l = line.get();
        Line settled = new Line(l.e164(), outcome, l.numberId(), upstreamId.or(l::upstreamId), l.requestId(),
                outcome == Status.FAILED ? errorCode : Optional.empty(), detail);
        replace(settled);
        Status before = status;
        status = derivedStatus();
        updatedAt = now;
        return Optional.of(new Settlement(settled, terminalEvent(before, ids, now)));
    }

    /** A settled line and the order's terminal event if the settlement ended the order. */
    public record Settlement(Line line, Optional<OrderEvent> event) {
    }

    public List<Line> pendingLines() {
        return lines.stream().filter(l -> l.status() == Status.PENDING).toList();
    }

    public Optional<Line> lineOf(E164 e164) {
        return lines.stream().filter(l -> l.e164().equals(e164)).findFirst();
    }

    private void replace(Line line) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).e164().equals(line.e164())) {
                lines.set(i, line);
                return;
            }
        }
    }

    private Status derivedStatus() {
        if (lines.stream().anyMatch(l -> l.status() == Status.PENDING)) {
            return Status.PENDING;
        }
        return lines.stream().anyMatch(l -> l.status() == Status.COMPLETED) ? Status.COMPLETED : Status.FAILED;
    }

    private Optional<OrderEvent> terminalEvent(Status before, IdSource ids, Instant now) {
        if (before != Status.PENDING || status == Status.PENDING) {
            return Optional.empty();
        }
        return Optional.of(event(status == Status.COMPLETED ? OrderEvent.COMPLETED : OrderEvent.FAILED, ids, now));
    }

    private OrderEvent event(String kind, IdSource ids, Instant now) {
        return new OrderEvent(ids.next(), now, kind, id, providerId, seriesId, workspaceId, status.wireName(),
                count(Status.COMPLETED), count(Status.FAILED), count(Status.PENDING));
    }

    public int count(Status s) {
        return (int) lines.stream().filter(l -> l.status() == s).count();
    }

    public OrderId id() { return id; }
    public ProviderId providerId() { return providerId; }
    public SeriesId seriesId() { return seriesId; }
    public Optional<WorkspaceId> workspaceId() { return workspaceId; }
    public Optional<String> campaignId() { return campaignId; }
    public Optional<String> upstreamOrderId() { return upstreamOrderId; }
    public Status status() { return status; }
    public List<Line> lines() { return List.copyOf(lines); }
    public int attempts() { return attempts; }
    public Optional<String> lastError() { return lastError; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
