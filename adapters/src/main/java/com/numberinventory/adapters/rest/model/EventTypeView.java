package com.numberinventory.adapters.rest.model;

import com.numberinventory.domain.webhook.EventCatalogue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One event kind a webhook may subscribe to, with a sample envelope as it is delivered. */
@Schema(name = "EventType")
public record EventTypeView(
        @Schema(example = "number.provisioned") String kind,
        @Schema(example = "A number was assigned to a workspace; a rental started") String description,
        @Schema(description = "A sample delivery body (the event envelope)") Map<String, Object> samplePayload) {

    private static final String SAMPLE_EVENT_ID = "01966b1e-2c3d-7a10-8f00-0000000000e1";
    private static final String SAMPLE_WORKSPACE = "01966b1e-2c3d-7a10-8f00-0000000000f1";

    public static EventTypeView of(EventCatalogue.EventType type) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("kind", type.kind());
        envelope.put("event_id", SAMPLE_EVENT_ID);
        envelope.put("workspace_id", type.kind().startsWith("series.") || type.kind().equals("number.added")
                ? null : SAMPLE_WORKSPACE);
        envelope.put("occurred_at", "2026-06-27T10:00:00.000Z");
        envelope.put("data", type.sampleData());
        return new EventTypeView(type.kind(), type.description(), envelope);
    }

    /** The catalogue. */
    @Schema(name = "EventTypeList")
    public record ListView(List<EventTypeView> data, @Schema(nullable = true) String nextCursor) {
    }
}
