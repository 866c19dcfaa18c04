package com.numberinventory.adapters.persistence.events;

import com.numberinventory.adapters.persistence.shared.KeysetQuery;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.numberinventory.application.port.out.numbers.EventLog;
import com.numberinventory.application.port.out.shared.CurrentActor;
import com.numberinventory.application.port.in.numbers.StoredEvent;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.event.DomainEvent;
import com.numberinventory.domain.event.NumberEvent;
import com.numberinventory.domain.event.SeriesActivated;
import com.numberinventory.domain.event.SeriesDeactivated;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.shared.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;

/** The domain event log in PostgreSQL; appends join the caller's transaction. */
@ApplicationScoped
public class JpaEventLog implements EventLog {

    @Inject
    DomainEventRows rows;

    private static final int INSERT_CHUNK = 5_000;

    private final EventEnvelopes envelopes;

    private final CurrentActor actors;

    @Inject
    public JpaEventLog(ObjectMapper mapper, CurrentActor actors) {
        this.envelopes = new EventEnvelopes(mapper);
        this.actors = actors;
    }

    @Override
    public void append(List<? extends DomainEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        // Every event of one append is caused by the same actor: the caller of this unit of work.
        CurrentActor.Actor actor = actors.current();
        Session session = rows.getEntityManager().unwrap(Session.class);
        session.doWork(connection -> {
            for (int from = 0; from < events.size(); from += INSERT_CHUNK) {
                List<? extends DomainEvent> chunk = events.subList(from, Math.min(events.size(), from + INSERT_CHUNK));
                int n = chunk.size();
                UUID[] ids = new UUID[n];
                String[] kinds = new String[n];
                UUID[] numbers = new UUID[n];
                UUID[] series = new UUID[n];
                UUID[] workspaces = new UUID[n];
                Long[] sequences = new Long[n];
                String[] occurred = new String[n];
                String[] json = new String[n];
                for (int i = 0; i < n; i++) {
                    DomainEvent e = chunk.get(i);
                    ids[i] = e.eventId();
                    kinds[i] = e.kind();
                    workspaces[i] = e.workspaceId().map(WorkspaceId::value).orElse(null);
                    occurred[i] = EventEnvelopes.time(e.occurredAt());
                    json[i] = envelopes.toJson(e, actor);
                    switch (e) {
                        case NumberEvent ne -> {
                            numbers[i] = ne.numberId().value();
                            sequences[i] = ne.sequence();
                        }
                        case SeriesActivated sa -> series[i] = sa.seriesId().value();
                        case SeriesDeactivated sd -> series[i] = sd.seriesId().value();
                        case com.numberinventory.domain.event.OrderEvent oe -> series[i] = oe.seriesId().value();
                        case com.numberinventory.domain.event.JobEvent je -> {
                            // Inventory-wide: no number, series or workspace.
                        }
                    }
                }
                String sql = "INSERT INTO domain_events (id, kind, number_id, series_id, workspace_id, sequence, "
                        + "occurred_at, envelope, actor_type, actor_id) SELECT t.*, ?, ? FROM unnest(?::uuid[], "
                        + "?::text[], ?::uuid[], ?::uuid[], ?::uuid[], ?::bigint[], ?::timestamptz[], ?::json[]) "
                        + "AS t(id, kind, number_id, series_id, workspace_id, sequence, occurred_at, envelope)";
                try (PreparedStatement ps = connection.prepareStatement(sql)) {
                    ps.setString(1, actor.type());
                    ps.setString(2, actor.id());
                    ps.setArray(3, connection.createArrayOf("uuid", ids));
                    ps.setArray(4, connection.createArrayOf("text", kinds));
                    ps.setArray(5, connection.createArrayOf("uuid", numbers));
                    ps.setArray(6, connection.createArrayOf("uuid", series));
                    ps.setArray(7, connection.createArrayOf("uuid", workspaces));
                    ps.setArray(8, connection.createArrayOf("int8", sequences));
                    ps.setArray(9, connection.createArrayOf("text", occurred));
                    ps.setArray(10, connection.createArrayOf("text", json));
                    ps.executeUpdate();
                }
            }
        });
    }

    @Override
    public Page<StoredEvent> forNumber(NumberId id, PageRequest page) {
        List<DomainEventJpaEntity> found = new KeysetQuery().and("numberId = :number", "number", id.value())
                .page(rows, page);
        return Page.of(found, page.limit(), e -> e.id).map(e -> new StoredEvent(e.id, e.envelope));
    }
}
