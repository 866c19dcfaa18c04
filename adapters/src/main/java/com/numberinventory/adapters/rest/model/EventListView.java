package com.numberinventory.adapters.rest.model;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of a number's domain events, oldest first, each in its wire envelope. */
@Schema(name = "EventList")
public record EventListView(
        @Schema(example = "[{\"kind\":\"number.provisioned\",\"event_id\":\"01900000-0000-7000-8000-000000000001\","
                + "\"workspace_id\":\"01900000-0000-7000-8000-000000000002\",\"occurred_at\":\"2026-06-27T10:00:00.000Z\","
                + "\"data\":{\"number_id\":\"01900000-0000-7000-8000-000000000003\",\"e164\":\"+254700000001\","
                + "\"country_code\":\"KE\",\"capabilities\":[\"voice\",\"sms\"],"
                + "\"series_id\":\"01900000-0000-7000-8000-000000000004\",\"rental_start_at\":\"2026-06-27T10:00:00.000Z\"}}]")
        List<JsonNode> data,
        @Schema(nullable = true) String nextCursor) {
}
