package com.numberinventory.application.port.out.shared;

/**
 * Encrypts secrets the service must store and read back (provider webhook secrets, outbound subscription
 * secrets) under the master key ({@code NUMBERS_SECRETS_KEY}). Store only what {@link #seal} returns.
 */
public interface SecretSealer {

    /** An opaque, authenticated ciphertext of the secret (ASCII, safe for a text column). */
    String seal(String plaintext);

    /** The secret back; fails when the value was tampered with or sealed under an unknown key. */
    String open(String sealed);

    /** True when the value was sealed under an older master key and should be sealed again. */
    boolean needsResealing(String sealed);
}
