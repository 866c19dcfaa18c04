package com.numberinventory.adapters.rest.openapi;

import com.numberinventory.domain.webhook.EventCatalogue;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The domain event envelope ({@code kind}, {@code event_id}, {@code workspace_id}, {@code occurred_at},
 * {@code data}) as one {@code DomainEvent} schema with {@code kind} as discriminator, and a schema per kind's
 * {@code data} in the wire shape the event log writes. Every kind of the {@link EventCatalogue} must have one:
 * the document does not build otherwise.
 */
final class DomainEventSchemas {

    static final String DOMAIN_EVENT = "DomainEvent";
    static final String EVENT_ACTOR = "EventActor";
    /** The envelope's actor property, optional (see {@link ContractOpenApi}). */
    static final String ACTOR = "actor";

    private static final Map<String, Supplier<Map<String, Schema>>> DATA = new LinkedHashMap<>();

    static {
        DATA.put("number.added", () -> number(Map.of(
                "capabilities", capabilities(),
                "series_id", uuid("01966b1e-2c3d-7a10-8f00-0000000000a1"),
                "provider_id", uuid("01966b1e-2c3d-7a10-8f00-0000000000b1"),
                "status", ContractOpenApi.string(null, "available").enumeration(
                        List.of("pending", "available", "reserved", "assigned", "quarantined", "retired")))));
        DATA.put("number.reserved", () -> number(Map.of("reserved_until", time("2026-06-27T10:15:00.000Z"))));
        DATA.put("number.reservation_expired", () -> number(Map.of()));
        DATA.put("number.reservation_cancelled", () -> number(Map.of()));
        DATA.put("number.provisioned", () -> number(Map.of(
                "capabilities", capabilities(),
                "series_id", uuid("01966b1e-2c3d-7a10-8f00-0000000000a1"),
                "rental_start_at", time("2026-06-27T10:00:00.000Z"),
                "rental_id", uuid("01966b1e-2c3d-7a10-8f00-0000000000c1"))));
        DATA.put("number.released", () -> number(Map.of(
                "release_reason", ContractOpenApi.string(null, "explicit").enumeration(
                        List.of("explicit", "trial_expired", "admin_released", "provider_released",
                                "transferred")),
                "released_at", time("2026-07-27T10:00:00.000Z"),
                "rental_id", uuid("01966b1e-2c3d-7a10-8f00-0000000000c1"),
                "quarantine_until", time("2026-08-26T10:00:00.000Z").addType(SchemaType.NULL)
                        .description("null when the series has no quarantine"))));
        DATA.put("number.transferred", () -> number(Map.of(
                "from_workspace_id", uuid("01900000-0000-7000-8000-000000000002")
                        .description("The workspace that held the number until the transfer"),
                "to_workspace_id", uuid("01900000-0000-7000-8000-000000000004")
                        .description("The workspace holding the number from the transfer on (also workspace_id)"),
                "ended_rental_id", uuid("01966b1e-2c3d-7a10-8f00-0000000000c1")
                        .description("The rental that ended, with release reason transferred"),
                "rental_id", uuid("01966b1e-2c3d-7a10-8f00-0000000000c2")
                        .description("The rental that started at the same instant"),
                "transferred_at", time("2026-07-27T10:00:00.000Z"),
                "monthly_price", OASFactory.createSchema().ref(ContractOpenApi.REF + "Money"))));
        DATA.put("number.trial_converted", () -> number(Map.of(
                "rental_id", uuid("01966b1e-2c3d-7a10-8f00-0000000000c1"),
                "converted_at", time("2026-07-01T08:00:00.000Z"))));
        DATA.put("number.suspended", () -> number(Map.of(
                "suspended", bool(true), "reason", optionalReason("fraud investigation"))));
        DATA.put("number.resumed", () -> number(Map.of(
                "suspended", bool(false), "reason", optionalReason("cleared"))));
        DATA.put("number.activated", () -> number(Map.of()));
        DATA.put("number.quarantine_ended", () -> number(Map.of()));
        DATA.put("number.retired", () -> number(Map.of(
                "reason", ContractOpenApi.string(null, "provider_released").addType(SchemaType.NULL),
                "retired_at", time("2026-09-01T10:00:00.000Z"))));
        DATA.put("number.messaging_changed", () -> number(Map.of(
                "campaign_id", ContractOpenApi.string("Zipwhip's campaign id", "C1A2B3C").addType(SchemaType.NULL),
                "status", ContractOpenApi.string(null, "active").enumeration(List.of("none", "active", "failed")),
                "status_code", OASFactory.createSchema().addType(SchemaType.INTEGER).addType(SchemaType.NULL)
                        .examples(List.of(200)),
                "description", ContractOpenApi.string(null, "Line Provisioned").addType(SchemaType.NULL))));
        DATA.put("series.activated", DomainEventSchemas::series);
        DATA.put("series.deactivated", DomainEventSchemas::series);
        DATA.put("order.created", DomainEventSchemas::order);
        DATA.put("order.completed", DomainEventSchemas::order);
        DATA.put("order.failed", DomainEventSchemas::order);
        DATA.put("job.completed", DomainEventSchemas::job);
    }

    private DomainEventSchemas() {
    }

    /** {@code DomainEvent} and, per kind, {@code <Kind>Event} and {@code <Kind>EventData}. */
    static Map<String, Schema> all() {
        Map<String, Schema> out = new LinkedHashMap<>();
        Schema domainEvent = OASFactory.createSchema()
                .description("A domain event in its wire envelope: what GET /v1/numbers/{id}/events lists and "
                        + "what webhook subscribers receive. Branch on kind; dedupe on event_id; order number "
                        + "updates by data.sequence.")
                .discriminator(OASFactory.createDiscriminator().propertyName("kind"));
        for (EventCatalogue.EventType type : EventCatalogue.types()) {
            Supplier<Map<String, Schema>> data = DATA.get(type.kind());
            if (data == null) {
                throw new IllegalStateException("no OpenAPI schema for the data of event kind " + type.kind());
            }
            String name = schemaName(type.kind());
            Schema dataSchema = object(data.get()).description("data of " + type.kind());
            out.put(name + "Data", dataSchema);
            out.put(name, envelope(type, name));
            domainEvent.addOneOf(OASFactory.createSchema().ref(ContractOpenApi.REF + name));
            domainEvent.getDiscriminator().addMapping(type.kind(), ContractOpenApi.REF + name);
        }
        out.put(DOMAIN_EVENT, domainEvent);
        out.put(EVENT_ACTOR, actor());
        return out;
    }

    /** number.reservation_expired becomes NumberReservationExpiredEvent. */
    static String schemaName(String kind) {
        StringBuilder b = new StringBuilder();
        for (String part : kind.split("[._]")) {
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.append("Event").toString();
    }

    private static Schema envelope(EventCatalogue.EventType type, String name) {
        Map<String, Schema> p = new LinkedHashMap<>();
        p.put("kind", ContractOpenApi.string(type.description(), type.kind()).enumeration(List.of(type.kind())));
        p.put("event_id", uuid("01966b1e-2c3d-7a10-8f00-0000000000e1")
                .description("Unique per event; the webhook-id of its deliveries"));
        p.put("workspace_id", uuid("01900000-0000-7000-8000-000000000002").addType(SchemaType.NULL)
                .description("The workspace the event concerns; null for inventory and series events"));
        p.put("occurred_at", time("2026-06-27T10:00:00.000Z"));
        p.put("data", OASFactory.createSchema().ref(ContractOpenApi.REF + name + "Data"));
        Schema envelope = object(p).description(type.description());
        // Added later: events stored before it have none, so it is not required.
        envelope.addProperty(ACTOR, OASFactory.createSchema().ref(ContractOpenApi.REF + EVENT_ACTOR));
        return envelope;
    }

    /** Who caused an event. */
    private static Schema actor() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("Who caused the event: an API key (its id), a provider's webhook delivery (the "
                        + "provider's id), or the service itself (system, lifecycle: the timers)")
                .addProperty("type", ContractOpenApi.string(null, "api_key")
                        .enumeration(List.of("api_key", "provider", "system")))
                .addProperty("id", ContractOpenApi.string("The API key's id, the provider's id, or lifecycle",
                        "lifecycle"))
                .addRequired("type").addRequired("id");
    }

    private static Map<String, Schema> number(Map<String, Schema> extra) {
        Map<String, Schema> p = new LinkedHashMap<>();
        p.put("number_id", uuid("01966b1e-2c3d-7a10-8f00-000000000001"));
        p.put("e164", ContractOpenApi.string(null, "+254700000001").pattern(ContractOpenApi.E164_PATTERN));
        p.put("country_code", ContractOpenApi.string("ISO 3166-1 alpha-2", "KE").pattern("^[A-Z]{2}$"));
        new java.util.TreeMap<>(extra).forEach(p::put);
        p.put("sequence", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int64").examples(List.of(4))
                .description("Grows with every change of the number; discard an update older than one you have"));
        return p;
    }

    private static Map<String, Schema> order() {
        Map<String, Schema> p = new LinkedHashMap<>();
        p.put("order_id", uuid("01966b1e-2c3d-7a10-8f00-0000000000d1"));
        p.put("provider_id", uuid("01966b1e-2c3d-7a10-8f00-0000000000b1"));
        p.put("series_id", uuid("01966b1e-2c3d-7a10-8f00-0000000000a1"));
        p.put("status", ContractOpenApi.string(null, "completed").enumeration(
                List.of("pending", "completed", "failed")));
        p.put("completed", count(1));
        p.put("failed", count(0));
        p.put("pending", count(0));
        return p;
    }

    private static Map<String, Schema> job() {
        Map<String, Schema> p = new LinkedHashMap<>();
        p.put("job_id", uuid("01966b1e-2c3d-7a10-8f00-0000000000e1"));
        p.put("action", ContractOpenApi.string(null, "release").enumeration(
                List.of("release", "retire", "reserve", "suspend", "resume", "import")));
        p.put("status", ContractOpenApi.string(null, "completed").enumeration(List.of("completed")));
        p.put("total", count(3));
        p.put("done", count(2));
        p.put("failed", count(1));
        return p;
    }

    private static Schema count(int example) {
        return OASFactory.createSchema().addType(SchemaType.INTEGER).minimum(java.math.BigDecimal.ZERO)
                .examples(List.of(example));
    }

    private static Map<String, Schema> series() {
        Map<String, Schema> p = new LinkedHashMap<>();
        p.put("provider_id", uuid("01966b1e-2c3d-7a10-8f00-0000000000b1"));
        p.put("series_id", uuid("01966b1e-2c3d-7a10-8f00-0000000000a1"));
        return p;
    }

    private static Schema object(Map<String, Schema> properties) {
        Schema s = OASFactory.createSchema().addType(SchemaType.OBJECT);
        properties.forEach((k, v) -> {
            s.addProperty(k, v);
            s.addRequired(k);
        });
        return s;
    }

    private static Schema uuid(String example) {
        return ContractOpenApi.string(null, example).format("uuid");
    }

    private static Schema time(String example) {
        return ContractOpenApi.string(null, example).format("date-time");
    }

    /** The operator's reason; null when the command was sent without one. */
    private static Schema optionalReason(String example) {
        return ContractOpenApi.string(null, example).addType(SchemaType.NULL);
    }

    private static Schema bool(boolean example) {
        return OASFactory.createSchema().addType(SchemaType.BOOLEAN).examples(List.of(example));
    }

    private static Schema capabilities() {
        return OASFactory.createSchema().addType(SchemaType.ARRAY).examples(List.of(List.of("voice", "sms")))
                .items(ContractOpenApi.string(null, null).enumeration(List.copyOf(ContractOpenApi.CAPABILITIES)));
    }
}
