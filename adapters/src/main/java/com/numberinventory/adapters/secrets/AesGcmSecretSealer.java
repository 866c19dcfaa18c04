package com.numberinventory.adapters.secrets;

import com.numberinventory.application.port.out.shared.SecretSealer;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AES-256-GCM under the master key. A sealed value reads {@code gcm1.<key id>.<base64url(nonce || ciphertext)>}:
 * the key id (the first 8 hex digits of the SHA-256 of the key) says which master key opens it, so values sealed
 * under a previous key still open during a rotation and can be found and sealed again.
 */
public final class AesGcmSecretSealer implements SecretSealer {

    static final String VERSION = "gcm1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String currentId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    private final SecureRandom random;

    /**
     * @param current  the master key new values are sealed under (32 bytes)
     * @param previous older master keys that may still open stored values
     */
    public AesGcmSecretSealer(byte[] current, List<byte[]> previous, SecureRandom random) {
        this.random = random;
        this.currentId = add(current);
        previous.forEach(this::add);
    }

    /** Decodes a base64 master key, checking it is 32 bytes; the message never contains the key. */
    public static byte[] decodeKey(String setting, String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " is not valid base64");
        }
        if (key.length != 32) {
            throw new IllegalArgumentException(setting + " must be the base64 of exactly 32 bytes, not "
                    + key.length);
        }
        return key;
    }

    private String add(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("an AES-256 master key is 32 bytes");
        }
        String id = keyId(key);
        keys.putIfAbsent(id, new SecretKeySpec(key, "AES"));
        return id;
    }

    static String keyId(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String seal(String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(currentId));
            byte[] ct = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + ct.length).put(nonce).put(ct).array();
            return VERSION + "." + currentId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    @Override
    public String open(String sealed) {
        String[] parts = sealed == null ? new String[0] : sealed.split("\\.", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new IllegalArgumentException("not a sealed secret");
        }
        SecretKeySpec key = keys.get(parts[1]);
        if (key == null) {
            throw new IllegalStateException("sealed under master key " + parts[1]
                    + ", which is not configured (add it to NUMBERS_SECRETS_PREVIOUS_KEYS)");
        }
        try {
            byte[] in = Base64.getUrlDecoder().decode(parts[2]);
            if (in.length < NONCE_BYTES + TAG_BITS / 8) {
                throw new IllegalArgumentException("sealed secret is truncated");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(aad(parts[1]));
            byte[] pt = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            return new String(pt, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalArgumentException("sealed secret failed authentication (tampered or wrong key)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("opening failed", e);
        }
    }

    @Override
    public boolean needsResealing(String sealed) {
        String[] parts = sealed.split("\\.", -1);
        return parts.length != 3 || !currentId.equals(parts[1]);
    }

    private static byte[] aad(String keyId) {
        return (VERSION + "." + keyId).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public String toString() {
        return "AesGcmSecretSealer[current key " + currentId + "]";
    }
}
