package com.numberinventory.adapters.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.numberinventory.application.port.in.webhooks.ProviderDelivery;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** One inbound provider delivery as the delivery log shows it. */
@Schema(name = "ProviderEvent")
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record ProviderEventView(
        @Schema(example = "01900000-0000-7000-8000-0000000000e1") String id,
        @Schema(example = "01900000-0000-7000-8000-0000000000a1") String providerId,
        @Schema(example = "sautikit") String providerKind,
        @Schema(example = "number.provisioned") String eventType,
        @Schema(example = "01900000-0000-7000-8000-000000000001",
                description = "the provider's event id (Zipwhip: digest of path and body)") String providerEventId,
        @Schema(example = "applied", enumeration = {"received", "applied", "ignored", "failed"}) String status,
        @Schema(example = "unknown number +254700000001 for this provider") String reason,
        List<Result> results,
        @Schema(example = "0") int duplicateCount,
        @Schema(example = "1") int attempts,
        @Schema(example = "2026-06-27T10:00:00.000Z") String receivedAt,
        @Schema(example = "2026-06-27T10:00:00.012Z") String processedAt,
        @Schema(example = "provision/add") String path,
        @Schema(description = "the request headers the delivery was verified with (detail view only)")
        Map<String, String> headers,
        @Schema(description = "the raw body exactly as received, UTF-8 (detail view only)") String rawBody,
        @Schema(description = "who caused the delivery's outcome: the provider when it was received, the operator's "
                + "API key when it was replayed (absent on deliveries from before this was recorded)")
        ActorView actor) {

    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** What one command of the delivery did. */
    @Schema(name = "ProviderEventResult")
    public record Result(@Schema(example = "+254700000001") String subject,
                         @Schema(example = "applied") String outcome,
                         @Schema(example = "added as available to series 01900000-...") String detail) {
    }

    public static ProviderEventView of(ProviderDelivery d, boolean detail) {
        return new ProviderEventView(d.id().toString(), d.providerId().toString(), d.kind().wireName(),
                d.eventType(), d.dedupeKey(), d.status().wireName(), d.reason(),
                d.results().stream().map(r -> new Result(r.subject(), r.outcome().wireName(), r.detail())).toList(),
                d.duplicateCount(), d.attempts(), time(d.receivedAt()), time(d.processedAt()), d.path(),
                detail ? d.headers() : null, detail ? new String(d.rawBody(), StandardCharsets.UTF_8) : null,
                ActorView.of(d.actor()));
    }

    private static String time(Instant i) {
        return i == null ? null : MILLIS.format(i);
    }

    /** A page of deliveries. */
    @Schema(name = "ProviderEventList")
    public record ListView(List<ProviderEventView> data,
                           @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(nullable = true) String nextCursor) {
    }
}
