package com.numberinventory.adapters.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A provider's webhook credential: the field that fits its kind, or nothing for zipwhip. */
@Schema(name = "CredentialsRequest")
public record CredentialsRequest(
        @Schema(example = "whsec_3f9a...", description = "sautikit: the subscription secret, used whole")
        String webhookSecret,
        @Schema(example = "jrMBoswHlhhVx2W2Www72WU/xn4UMpjreslD0m2u0qs=",
                description = "telnyx: base64 of the raw 32-byte Ed25519 public key") String publicKey) {
}
