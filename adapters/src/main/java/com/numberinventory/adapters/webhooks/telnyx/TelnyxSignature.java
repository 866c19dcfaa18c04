package com.numberinventory.adapters.webhooks.telnyx;

import com.numberinventory.adapters.webhooks.WebhookCrypto;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Telnyx's {@code telnyx-signature-ed25519}: base64 of an Ed25519 signature over {@code timestamp + "|" + raw_body},
 * with {@code telnyx-timestamp} (unix seconds) at most 300 s from now either way.
 */
public final class TelnyxSignature {

    public static final long TOLERANCE_SECONDS = 300;

    private TelnyxSignature() {
    }

    public static boolean verify(String signatureHeader, String timestampHeader, byte[] rawBody,
                                 List<byte[]> publicKeys, Instant now) {
        if (signatureHeader == null || timestampHeader == null) {
            return false;
        }
        String t = timestampHeader.strip();
        if (!t.matches("^[0-9]{1,12}$")) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - Long.parseLong(t)) > TOLERANCE_SECONDS) {
            return false;
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(signatureHeader.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] prefix = (t + "|").getBytes(StandardCharsets.US_ASCII);
        byte[] message = new byte[prefix.length + rawBody.length];
        System.arraycopy(prefix, 0, message, 0, prefix.length);
        System.arraycopy(rawBody, 0, message, prefix.length, rawBody.length);
        boolean ok = false;
        for (byte[] key : publicKeys) {
            ok |= WebhookCrypto.ed25519Verify(key, message, signature);
        }
        return ok;
    }
}
