package com.numberinventory.adapters.rest.model;

import com.numberinventory.adapters.rest.support.Times;
import com.numberinventory.domain.number.UpstreamDisconnect;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A retired number's disconnect at its provider. */
@Schema(name = "UpstreamDisconnect")
public record UpstreamDisconnectView(
        @Schema(example = "01900000-0000-7000-8000-0000000000c1") String numberId,
        @Schema(example = "01900000-0000-7000-8000-0000000000a1") String providerId,
        @Schema(example = "+254700000042") String e164,
        @Schema(example = "failed", enumeration = {"pending", "done", "failed"},
                description = "pending until the provider confirms; failed until a retry succeeds") String status,
        @Schema(nullable = true, example = "provider.unavailable",
                description = "why the last attempt failed: the provider's own error code, or provider.unavailable")
        String providerCode,
        @Schema(nullable = true, example = "telnyx DELETE /v2/phone_numbers/{id} answered HTTP 503") String detail,
        @Schema(example = "1") int attempts,
        @Schema(example = "2026-09-01T10:00:00.000Z") String createdAt,
        @Schema(example = "2026-09-01T10:00:00.250Z") String updatedAt) {

    public static UpstreamDisconnectView of(UpstreamDisconnect d) {
        return new UpstreamDisconnectView(d.numberId().toString(), d.providerId().toString(), d.e164().value(),
                d.status().wireName(), d.providerCode().orElse(null), d.detail().orElse(null), d.attempts(),
                Times.format(d.createdAt()), Times.format(d.updatedAt()));
    }
}
