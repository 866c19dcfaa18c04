package com.numberinventory.domain.webhook;

import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kinds of domain event a subscription may ask for, each with a description and a sample {@code data}
 * object in the wire shape of domain.md. {@code number.assigned} is the retired old name of
 * {@code number.provisioned} and is refused like any unknown kind.
 */
public final class EventCatalogue {

    /** Subscribes to every kind, present and future. */
    public static final String ALL = "*";

    /** One kind of event, what it means, and a sample of its {@code data}. */
    public record EventType(String kind, String description, Map<String, Object> sampleData) {
    }

    private static final String NUMBER_ID = "01966b1e-2c3d-7a10-8f00-000000000001";
    private static final String SERIES_ID = "01966b1e-2c3d-7a10-8f00-0000000000a1";
    private static final String PROVIDER_ID = "01966b1e-2c3d-7a10-8f00-0000000000b1";
    private static final String RENTAL_ID = "01966b1e-2c3d-7a10-8f00-0000000000c1";
    private static final String E164 = "+254700000001";
    private static final String ORDER_ID = "01966b1e-2c3d-7a10-8f00-0000000000d1";
    private static final String JOB_ID = "01966b1e-2c3d-7a10-8f00-0000000000e1";

    private static final List<EventType> TYPES = List.of(
            new EventType("number.added", "A number entered the inventory (import or provider acquisition)",
                    number(Map.of("capabilities", List.of("voice", "sms"), "series_id", SERIES_ID,
                            "provider_id", PROVIDER_ID, "status", "available"), 1)),
            new EventType("number.reserved", "A number was held for one workspace until an expiry",
                    number(Map.of("reserved_until", "2026-06-27T10:15:00.000Z"), 2)),
            new EventType("number.reservation_expired", "A reservation ran out; the number is available again",
                    number(Map.of(), 3)),
            new EventType("number.reservation_cancelled", "A workspace let its reservation go; the number is available",
                    number(Map.of(), 3)),
            new EventType("number.provisioned", "A number was assigned to a workspace; a rental started",
                    number(Map.of("capabilities", List.of("voice", "sms"), "series_id", SERIES_ID,
                            "rental_start_at", "2026-06-27T10:00:00.000Z", "rental_id", RENTAL_ID), 4)),
            new EventType("number.released", "A workspace's rental ended; the number goes to quarantine",
                    number(Map.of("release_reason", "explicit", "released_at", "2026-07-27T10:00:00.000Z",
                            "rental_id", RENTAL_ID, "quarantine_until", "2026-08-26T10:00:00.000Z"), 5)),
            new EventType("number.transferred", "An assigned number moved to another workspace: the old rental "
                    + "ended (release reason transferred) and a new one started at the same instant, no quarantine",
                    number(Map.of("from_workspace_id", "01900000-0000-7000-8000-000000000002",
                            "to_workspace_id", "01900000-0000-7000-8000-000000000004",
                            "ended_rental_id", RENTAL_ID, "rental_id", "01966b1e-2c3d-7a10-8f00-0000000000c2",
                            "transferred_at", "2026-07-27T10:00:00.000Z",
                            "monthly_price", Map.of("amount_minor", 10000, "currency", "KES")), 6)),
            new EventType("number.trial_converted", "A trial rental became a paid rental; it no longer expires",
                    number(Map.of("rental_id", RENTAL_ID, "converted_at", "2026-07-01T08:00:00.000Z"), 5)),
            new EventType("number.suspended", "Routing of an assigned number was suspended; the rental stays open",
                    number(Map.of("suspended", true, "reason", "fraud investigation"), 5)),
            new EventType("number.resumed", "Routing of a suspended number resumed",
                    number(Map.of("suspended", false, "reason", "cleared"), 6)),
            new EventType("number.activated", "A pending number passed its provider-side checks and is available",
                    number(Map.of(), 2)),
            new EventType("number.quarantine_ended", "A released number's quarantine is over; it is available again",
                    number(Map.of(), 6)),
            new EventType("number.retired", "A number left the inventory for good",
                    number(Map.of("reason", "provider_released", "retired_at", "2026-09-01T10:00:00.000Z"), 7)),
            new EventType("number.messaging_changed", "A number's 10DLC messaging state changed",
                    number(Map.of("messaging_state", "active", "campaign_id", "C1A2B3C"), 8)),
            new EventType("series.activated", "A series was opened for provisioning",
                    ordered(Map.of("series_id", SERIES_ID, "provider_id", PROVIDER_ID))),
            new EventType("series.deactivated", "A series was closed for provisioning",
                    ordered(Map.of("series_id", SERIES_ID, "provider_id", PROVIDER_ID))),
            new EventType("order.created", "A carrier order was placed; its numbers entered the inventory pending",
                    order("pending", 0, 0, 2)),
            new EventType("order.completed", "Every number of a carrier order settled and at least one was ordered",
                    order("completed", 1, 1, 0)),
            new EventType("order.failed", "Every number of a carrier order was refused by the provider",
                    order("failed", 0, 2, 0)),
            new EventType("job.completed", "A bulk job applied its action to every one of its numbers",
                    job()));

    private EventCatalogue() {
    }

    public static List<EventType> types() {
        return TYPES;
    }

    public static boolean isKnown(String kind) {
        return TYPES.stream().anyMatch(t -> t.kind().equals(kind));
    }

    /**
     * The event filter of a subscription: kinds in catalogue order, or just {@code *}. Refuses an empty list and
     * any kind not in the catalogue (including {@code number.assigned}) with {@code webhooks.event_unsupported}.
     */
    public static List<String> filter(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw DomainException.invalidField("events", "must list at least one event kind, or \"*\"");
        }
        Set<String> kinds = new LinkedHashSet<>();
        for (String kind : requested) {
            if (kind == null || kind.isBlank()) {
                throw DomainException.invalidField("events", "must not contain blank kinds");
            }
            String k = kind.trim();
            if (!k.equals(ALL) && !isKnown(k)) {
                String hint = k.equals("number.assigned") ? " (retired: subscribe to number.provisioned)" : "";
                throw new DomainException(ErrorCode.EVENT_UNSUPPORTED, "unsupported event kind " + k + hint,
                        List.of(new DomainException.FieldError("events", "unsupported event kind " + k + hint)));
            }
            kinds.add(k);
        }
        if (kinds.contains(ALL)) {
            return List.of(ALL);
        }
        List<String> ordered = new ArrayList<>();
        TYPES.forEach(t -> {
            if (kinds.contains(t.kind())) {
                ordered.add(t.kind());
            }
        });
        return List.copyOf(ordered);
    }

    private static Map<String, Object> number(Map<String, Object> extra, long sequence) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("number_id", NUMBER_ID);
        data.put("e164", E164);
        data.put("country_code", "KE");
        data.putAll(new java.util.TreeMap<>(extra));
        data.put("sequence", sequence);
        return java.util.Collections.unmodifiableMap(data);
    }

    private static Map<String, Object> job() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("job_id", JOB_ID);
        data.put("action", "release");
        data.put("status", "completed");
        data.put("total", 3);
        data.put("done", 2);
        data.put("failed", 1);
        return java.util.Collections.unmodifiableMap(data);
    }

    private static Map<String, Object> order(String status, int completed, int failed, int pending) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("order_id", ORDER_ID);
        data.put("provider_id", PROVIDER_ID);
        data.put("series_id", SERIES_ID);
        data.put("status", status);
        data.put("completed", completed);
        data.put("failed", failed);
        data.put("pending", pending);
        return java.util.Collections.unmodifiableMap(data);
    }

    private static Map<String, Object> ordered(Map<String, Object> values) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(new java.util.TreeMap<>(values)));
    }
}
