package com.numberinventory.adapters.persistence;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Seals provider secrets at rest with AES-256-GCM when a key is configured ({@code NUMBERS_SECRETS_KEY}, base64 of
 * 32 bytes). Stored form: {@code 0x01 || 12-byte nonce || ciphertext+tag}; without a key, {@code 0x00 || secret}
 * (development only). Rows sealed under a key cannot be read without it.
 */
public final class SecretCipher {

    private static final byte PLAIN = 0;
    private static final byte AES_GCM = 1;
    private static final int NONCE = 12;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public SecretCipher(Optional<String> base64Key) {
        this.key = base64Key.map(String::strip).filter(s -> !s.isEmpty()).map(k -> {
            byte[] raw;
            try {
                raw = Base64.getDecoder().decode(k);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("NUMBERS_SECRETS_KEY must be base64 of 32 bytes");
            }
            if (raw.length != 32) {
                throw new IllegalStateException("NUMBERS_SECRETS_KEY must be base64 of 32 bytes");
            }
            return new SecretKeySpec(raw, "AES");
        }).orElse(null);
    }

    public byte[] seal(byte[] secret) {
        if (key == null) {
            byte[] out = new byte[secret.length + 1];
            out[0] = PLAIN;
            System.arraycopy(secret, 0, out, 1, secret.length);
            return out;
        }
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = c.doFinal(secret);
            byte[] out = new byte[1 + NONCE + sealed.length];
            out[0] = AES_GCM;
            System.arraycopy(nonce, 0, out, 1, NONCE);
            System.arraycopy(sealed, 0, out, 1 + NONCE, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a secret", e);
        }
    }

    public byte[] open(byte[] stored) {
        if (stored.length == 0) {
            throw new IllegalStateException("empty stored secret");
        }
        if (stored[0] == PLAIN) {
            return Arrays.copyOfRange(stored, 1, stored.length);
        }
        if (stored[0] != AES_GCM || key == null) {
            throw new IllegalStateException("a stored secret is sealed but no NUMBERS_SECRETS_KEY is configured");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, stored, 1, NONCE));
            return c.doFinal(stored, 1 + NONCE, stored.length - 1 - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored secret does not open with the configured key", e);
        }
    }
}
