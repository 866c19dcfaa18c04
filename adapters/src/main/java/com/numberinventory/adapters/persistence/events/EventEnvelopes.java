package com.numberinventory.adapters.persistence.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.numberinventory.application.port.out.shared.CurrentActor;
import com.numberinventory.domain.event.DomainEvent;
import com.numberinventory.domain.event.NumberActivated;
import com.numberinventory.domain.event.NumberAdded;
import com.numberinventory.domain.event.NumberEvent;
import com.numberinventory.domain.event.NumberQuarantineEnded;
import com.numberinventory.domain.event.NumberReservationEnded;
import com.numberinventory.domain.event.NumberReserved;
import com.numberinventory.domain.event.NumberRoutingChanged;
import com.numberinventory.domain.event.TrialConverted;
import com.numberinventory.domain.event.NumberProvisioned;
import com.numberinventory.domain.event.NumberReleased;
import com.numberinventory.domain.event.NumberRetired;
import com.numberinventory.domain.event.SeriesActivated;
import com.numberinventory.domain.event.SeriesDeactivated;
import com.numberinventory.domain.number.Capabilities;
import com.numberinventory.domain.shared.WorkspaceId;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes a domain event as its wire envelope ({@code kind}, {@code event_id}, {@code workspace_id},
 * {@code occurred_at}, {@code data}), the shape in domain.md. This text is what the log stores and what
 * subscribers receive.
 */
public final class EventEnvelopes {

    private static final DateTimeFormatter RFC3339_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final ObjectMapper mapper;

    public EventEnvelopes(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The envelope with the actor that caused the event, as {@code actor} after the other fields. */
    public String toJson(DomainEvent event, CurrentActor.Actor actor) {
        ObjectNode root = envelope(event);
        ObjectNode a = root.putObject("actor");
        a.put("type", actor.type());
        a.put("id", actor.id());
        return write(root, event);
    }

    public String toJson(DomainEvent event) {
        return write(envelope(event), event);
    }

    private String write(ObjectNode root, DomainEvent event) {
        try {
            return mapper.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException("cannot write event " + event.eventId(), ex);
        }
    }

    private ObjectNode envelope(DomainEvent event) {
        ObjectNode root = mapper.createObjectNode();
        root.put("kind", event.kind());
        root.put("event_id", event.eventId().toString());
        root.put("workspace_id", event.workspaceId().map(WorkspaceId::toString).orElse(null));
        root.put("occurred_at", time(event.occurredAt()));
        ObjectNode data = root.putObject("data");
        switch (event) {
            case NumberAdded e -> {
                numberIdentity(data, e);
                capabilities(data, e.capabilities());
                data.put("series_id", e.seriesId().toString());
                data.put("provider_id", e.providerId().toString());
                data.put("status", e.status().wireName());
                data.put("sequence", e.sequence());
            }
            case NumberProvisioned e -> {
                numberIdentity(data, e);
                capabilities(data, e.capabilities());
                data.put("series_id", e.seriesId().toString());
                data.put("rental_start_at", time(e.rentalStartAt()));
                data.put("rental_id", e.rentalId().toString());
                data.put("sequence", e.sequence());
            }
            case NumberReleased e -> {
                numberIdentity(data, e);
                data.put("release_reason", e.releaseReason().wireName());
                data.put("released_at", time(e.releasedAt()));
                data.put("rental_id", e.rentalId().toString());
                data.put("quarantine_until", e.quarantineUntil() == null ? null : time(e.quarantineUntil()));
                data.put("sequence", e.sequence());
            }
            case NumberRetired e -> {
                numberIdentity(data, e);
                data.put("reason", e.reason());
                data.put("retired_at", time(e.occurredAt()));
                data.put("sequence", e.sequence());
            }
            case NumberReserved e -> {
                numberData(data, e);
                data.put("reserved_until", time(e.reservedUntil()));
            }
            case NumberReservationEnded e -> numberData(data, e);
            case NumberQuarantineEnded e -> numberData(data, e);
            case NumberRoutingChanged e -> {
                numberData(data, e);
                data.put("suspended", e.suspended());
                data.put("reason", e.reason());
            }
            case NumberActivated e -> numberData(data, e);
            case TrialConverted e -> {
                numberData(data, e);
                data.put("rental_id", e.rentalId().toString());
                data.put("converted_at", time(e.occurredAt()));
            }
            case com.numberinventory.domain.event.NumberMessagingChanged e -> {
                numberIdentity(data, e);
                data.put("campaign_id", e.messaging().campaignId());
                data.put("status", e.messaging().status().wireName());
                if (e.messaging().statusCode() == null) {
                    data.putNull("status_code");
                } else {
                    data.put("status_code", e.messaging().statusCode());
                }
                data.put("description", e.messaging().description());
                data.put("sequence", e.sequence());
            }
            case com.numberinventory.domain.event.NumberTransferred e -> {
                numberIdentity(data, e);
                data.put("ended_rental_id", e.endedRentalId().toString());
                data.put("from_workspace_id", e.fromWorkspace().toString());
                ObjectNode price = data.putObject("monthly_price");
                price.put("amount_minor", e.monthlyPrice().amountMinor());
                price.put("currency", e.monthlyPrice().currency());
                data.put("rental_id", e.rentalId().toString());
                data.put("to_workspace_id", e.toWorkspace().toString());
                data.put("transferred_at", time(e.occurredAt()));
                data.put("sequence", e.sequence());
            }
            case SeriesActivated e -> {
                data.put("series_id", e.seriesId().toString());
                data.put("provider_id", e.providerId().toString());
            }
            case SeriesDeactivated e -> {
                data.put("series_id", e.seriesId().toString());
                data.put("provider_id", e.providerId().toString());
            }
            case com.numberinventory.domain.event.OrderEvent e -> {
                data.put("order_id", e.orderId().toString());
                data.put("provider_id", e.providerId().toString());
                data.put("series_id", e.seriesId().toString());
                data.put("status", e.status());
                data.put("completed", e.completed());
                data.put("failed", e.failed());
                data.put("pending", e.pending());
            }
            case com.numberinventory.domain.event.JobEvent e -> {
                data.put("job_id", e.jobId().toString());
                data.put("action", e.action());
                data.put("status", "completed");
                data.put("total", e.total());
                data.put("done", e.done());
                data.put("failed", e.failed());
            }
        }
        return root;
    }

    private static void numberData(ObjectNode data, NumberEvent e) {
        numberIdentity(data, e);
        data.put("sequence", e.sequence());
    }

    /** The first fields of every number event's data, in this order. */
    private static void numberIdentity(ObjectNode data, NumberEvent e) {
        data.put("number_id", e.numberId().toString());
        data.put("e164", e.e164().value());
        data.put("country_code", e.e164().country().value());
    }

    private static void capabilities(ObjectNode data, Capabilities capabilities) {
        ArrayNode caps = data.putArray("capabilities");
        capabilities.wireNames().forEach(caps::add);
    }

    public static String time(Instant instant) {
        return RFC3339_MILLIS.format(instant);
    }
}
