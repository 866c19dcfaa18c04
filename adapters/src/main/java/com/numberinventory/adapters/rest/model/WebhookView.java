package com.numberinventory.adapters.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.numberinventory.adapters.rest.support.Times;
import com.numberinventory.domain.shared.WorkspaceId;
import com.numberinventory.domain.webhook.WebhookSubscription;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A webhook subscription as the API shows it; {@code secret} appears only on creation and rotation. */
@Schema(name = "Webhook")
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record WebhookView(
        @Schema(example = "01900000-0000-7000-8000-0000000000d1") String id,
        @Schema(example = "https://hooks.example.com/number-inventory") String url,
        @Schema(example = "[\"number.provisioned\", \"number.released\"]") List<String> events,
        @Schema(nullable = true, example = "Console backend") @JsonInclude(JsonInclude.Include.ALWAYS) String description,
        @Schema(nullable = true, example = "01900000-0000-7000-8000-00000000beef") @JsonInclude(JsonInclude.Include.ALWAYS)
        String workspaceId,
        @Schema(example = "true") boolean enabled,
        @Schema(description = "Signing secret; shown only in the answer that made it",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret,
        @Schema(nullable = true, description = "Until when the previous secret still signs (after a rotation)",
                example = "2026-06-28T10:00:00.000Z") @JsonInclude(JsonInclude.Include.ALWAYS)
        String previousSecretExpiresAt,
        @Schema(example = "2026-06-27T10:00:00.000Z") String createdAt,
        @Schema(example = "2026-06-27T10:00:00.000Z") String updatedAt) {

    public static WebhookView of(WebhookSubscription s, Instant now) {
        return of(s, null, now);
    }

    public static WebhookView of(WebhookSubscription s, String secret, Instant now) {
        String previousUntil = s.sealedPreviousSecret().isPresent()
                ? s.previousSecretUntil().filter(now::isBefore).map(Times::format).orElse(null) : null;
        return new WebhookView(s.id().toString(), s.url(), s.events(), s.description().orElse(null),
                s.workspaceId().map(WorkspaceId::toString).orElse(null), s.enabled(), secret, previousUntil,
                Times.format(s.createdAt()), Times.format(s.updatedAt()));
    }

    /** A page of subscriptions. */
    @Schema(name = "WebhookList")
    public record ListView(List<WebhookView> data, @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(nullable = true) String nextCursor) {
    }
}
