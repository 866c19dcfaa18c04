package com.numberinventory.adapters.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of the retire command: the reason, and whether to give the number back to its provider too. */
@Schema(name = "RetireRequest")
public record RetireRequest(
        @Schema(example = "ported away", required = true) String reason,
        @Schema(example = "true", nullable = true, description = "also disconnect (release, de-provision) the number "
                + "at its provider, after the retire commits; follow it at GET /v1/numbers/{id}/disconnect")
        Boolean disconnectUpstream) {
}
