package com.numberinventory.domain.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures: HMAC-SHA256 over {@code id + "." + timestamp + "." + body}, keyed with the
 * base64-decoded part of a {@code whsec_} secret, written as {@code v1,<base64>}; several signatures (one per
 * live secret during a rotation) are joined with a space.
 */
public final class WebhookSigner {

    private WebhookSigner() {
    }

    /** The {@code v1,<base64>} signature of one message with one secret. */
    public static String sign(String secret, String messageId, long timestampSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(WebhookSecret.keyBytes(secret), "HmacSHA256"));
            mac.update((messageId + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** The {@code webhook-signature} header value: one signature per secret, space-separated. */
    public static String header(List<String> secrets, String messageId, long timestampSeconds, byte[] body) {
        List<String> parts = new ArrayList<>();
        for (String secret : secrets) {
            parts.add(sign(secret, messageId, timestampSeconds, body));
        }
        return String.join(" ", parts);
    }

    /** True when any signature in the header matches the secret (constant-time compare on each). */
    public static boolean verify(String secret, String messageId, long timestampSeconds, byte[] body, String header) {
        byte[] expected = sign(secret, messageId, timestampSeconds, body).getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (String candidate : header.trim().split(" +")) {
            match |= MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.UTF_8));
        }
        return match;
    }
}
