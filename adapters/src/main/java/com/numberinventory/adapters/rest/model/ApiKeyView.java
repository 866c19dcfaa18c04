package com.numberinventory.adapters.rest.model;

import com.numberinventory.adapters.rest.support.Times;
import com.numberinventory.domain.apikey.ApiKey;
import com.numberinventory.domain.apikey.Scope;
import com.numberinventory.domain.shared.WorkspaceId;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** An API key as the API shows it; {@code key} is present only in the answer to its creation. */
@Schema(name = "ApiKey")
public record ApiKeyView(
        @Schema(example = "01900000-0000-7000-8000-0000000000e1") String id,
        @Schema(example = "console backend") String name,
        @Schema(example = "nik_Q2x9fT1a", description = "The first characters of the key, to tell keys apart")
        String keyPrefix,
        @Schema(example = "[\"numbers:read\", \"numbers:write\"]") List<String> scopes,
        @Schema(nullable = true, example = "01900000-0000-7000-8000-000000000002") String workspaceId,
        @Schema(example = "active", enumeration = {"active", "revoked", "expired"}) String status,
        @Schema(example = "2026-06-27T10:00:00.000Z") String createdAt,
        @Schema(nullable = true, example = "2027-01-01T00:00:00.000Z") String expiresAt,
        @Schema(nullable = true, example = "2026-08-01T10:00:00.000Z") String revokedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(example = "nik_Q2x9fT1aVb3k8ZtP0mWq7sYc4dRe6hJu5nLo2iKg9fA",
                description = "The key itself: shown once, in the answer to POST /v1/api-keys, never again")
        String key) {

    public static ApiKeyView of(ApiKey k, Instant now) {
        return withKey(k, now, null);
    }

    public static ApiKeyView withKey(ApiKey k, Instant now, String plaintext) {
        return new ApiKeyView(k.id().toString(), k.name(), k.shownPrefix(),
                k.scopes().stream().sorted().map(Scope::wireName).toList(),
                k.workspace().map(WorkspaceId::toString).orElse(null),
                k.status(now).name().toLowerCase(Locale.ROOT), Times.format(k.createdAt()),
                Times.format(k.expiresAt().orElse(null)), Times.format(k.revokedAt().orElse(null)), plaintext);
    }

    @Override
    public String toString() {
        return "ApiKeyView[" + id + " " + keyPrefix + "...]";
    }

    /** A page of API keys. */
    @Schema(name = "ApiKeyList")
    public record ListView(List<ApiKeyView> data, @Schema(nullable = true) String nextCursor) {
    }
}
