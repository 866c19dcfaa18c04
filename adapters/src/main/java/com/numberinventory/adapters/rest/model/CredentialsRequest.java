package com.numberinventory.adapters.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A provider's webhook credential (the field that fits its kind, or nothing for zipwhip) and, optionally, the API
 * credentials its number API is called with.
 */
@Schema(name = "CredentialsRequest")
public record CredentialsRequest(
        @Schema(example = "whsec_3f9a...", description = "sautikit: the subscription secret, used whole")
        String webhookSecret,
        @Schema(example = "jrMBoswHlhhVx2W2Www72WU/xn4UMpjreslD0m2u0qs=",
                description = "telnyx: base64 of the raw 32-byte Ed25519 public key") String publicKey,
        @Schema(example = "KEY0190ABCDEF", writeOnly = true, nullable = true,
                description = "the key this service calls the provider's number API with (Sautikit and Telnyx "
                        + "API key, Zipwhip token); write-only, sealed at rest") String apiKey,
        @Schema(example = "https://api.telnyx.com", nullable = true,
                description = "overrides numbers.providers.<kind>.base-url for this provider (a sandbox, a local "
                        + "test server)") String apiBaseUrl) {

    public CredentialsRequest(String webhookSecret, String publicKey) {
        this(webhookSecret, publicKey, null, null);
    }
}
