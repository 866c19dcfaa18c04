package com.numberinventory.adapters.webhooks.sautikit;

import com.numberinventory.adapters.webhooks.WebhookCrypto;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sautikit's {@code X-Sautikit-Signature} in both documented forms: the lowercase hex HMAC-SHA256 of the raw body,
 * or {@code t=<unix>,v1=<hex>} with the HMAC over {@code raw_body + "." + t} and a 300 s window. The key is the
 * secret's UTF-8 bytes as issued.
 */
public final class SautikitSignature {

    public static final long TOLERANCE_SECONDS = 300;

    private SautikitSignature() {
    }

    public static boolean verify(String header, byte[] rawBody, List<byte[]> secrets, Instant now) {
        if (header == null || header.isBlank() || secrets.isEmpty()) {
            return false;
        }
        String value = header.strip();
        if (value.contains("=")) {
            return verifyTimestamped(value, rawBody, secrets, now);
        }
        byte[] given = value.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        boolean ok = false;
        for (byte[] secret : secrets) {
            ok |= WebhookCrypto.constantTimeEquals(expectedPlain(secret, rawBody), given);
        }
        return ok;
    }

    private static boolean verifyTimestamped(String value, byte[] rawBody, List<byte[]> secrets, Instant now) {
        String t = null;
        List<byte[]> candidates = new ArrayList<>();
        for (String part : value.split(",")) {
            String p = part.strip();
            if (p.startsWith("t=")) {
                t = p.substring(2);
            } else if (p.startsWith("v1=")) {
                candidates.add(p.substring(3).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
            }
        }
        if (t == null || !t.matches("^[0-9]{1,12}$") || candidates.isEmpty()) {
            return false;
        }
        long sentAt = Long.parseLong(t);
        if (Math.abs(now.getEpochSecond() - sentAt) > TOLERANCE_SECONDS) {
            return false;
        }
        boolean ok = false;
        for (byte[] secret : secrets) {
            byte[] expected = expectedTimestamped(secret, rawBody, t);
            for (byte[] candidate : candidates) {
                ok |= WebhookCrypto.constantTimeEquals(expected, candidate);
            }
        }
        return ok;
    }

    /** Hex of HMAC-SHA256(secret, body), as ASCII bytes. */
    public static byte[] expectedPlain(byte[] secret, byte[] rawBody) {
        return WebhookCrypto.hex(WebhookCrypto.hmacSha256(secret, rawBody)).getBytes(StandardCharsets.US_ASCII);
    }

    /** Hex of HMAC-SHA256(secret, body + "." + t), as ASCII bytes. */
    public static byte[] expectedTimestamped(byte[] secret, byte[] rawBody, String t) {
        return WebhookCrypto.hex(WebhookCrypto.hmacSha256(secret, rawBody,
                ("." + t).getBytes(StandardCharsets.US_ASCII))).getBytes(StandardCharsets.US_ASCII);
    }
}
