package com.numberinventory.adapters.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Body of {@code POST /v1/api-keys}. */
@Schema(name = "ApiKeyCreate")
public record ApiKeyRequest(
        @Schema(example = "console backend", required = true) String name,
        @Schema(example = "[\"numbers:read\", \"numbers:write\"]", required = true,
                description = "numbers:read, numbers:write, inventory:admin, webhooks:admin, keys:admin; a "
                        + "workspace-bound key may hold only numbers:read and numbers:write") List<String> scopes,
        @Schema(example = "01900000-0000-7000-8000-000000000002",
                description = "Binds the key to one workspace: it sees and acts only there") String workspaceId,
        @Schema(example = "2027-01-01T00:00:00.000Z", description = "RFC 3339; the key stops working then")
        String expiresAt) {
}
