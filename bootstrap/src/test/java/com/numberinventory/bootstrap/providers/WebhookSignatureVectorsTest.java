package com.numberinventory.bootstrap.providers;

import com.numberinventory.adapters.webhooks.WebhookCrypto;
import com.numberinventory.adapters.webhooks.sautikit.SautikitSignature;
import com.numberinventory.adapters.webhooks.telnyx.TelnyxSignature;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The test vectors of providers.md, against the production verifiers. */
class WebhookSignatureVectorsTest {

    private static final byte[] HELLO = "Hello, World!".getBytes(StandardCharsets.UTF_8);
    private static final byte[] KEY = "It's a Secret to Everybody".getBytes(StandardCharsets.UTF_8);
    private static final String HELLO_HEX = "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

    private static final String SEED = "i1xxSkIuQOY9H8laaRslIoYGTJ1NwBAFdjsQwiwJH04=";
    private static final String PUBLIC = "jrMBoswHlhhVx2W2Www72WU/xn4UMpjreslD0m2u0qs=";
    private static final String TELNYX_BODY = "{\"event_type\":\"test\",\"id\":\"abc123\"}";
    private static final String TELNYX_SIG =
            "OZuLwAw97hAh3cFL0TfiSCnOxdDKxGLV3Z2R4GS4gpgV8jU+H82IkhHGHhOieCZz/0YKDAf+O55cAepSa0vBDw==";
    private static final Instant TELNYX_T = Instant.ofEpochSecond(1614265330);

    @Test
    void hmac_sha256_hex_vector_matches() {
        assertEquals(HELLO_HEX, WebhookCrypto.hex(WebhookCrypto.hmacSha256(KEY, HELLO)));
    }

    @Test
    void sautikit_plain_hex_signature_verifies_in_any_letter_case_and_rejects_a_wrong_key() {
        assertTrue(SautikitSignature.verify(HELLO_HEX, HELLO, List.of(KEY), Instant.now()));
        assertTrue(SautikitSignature.verify(HELLO_HEX.toUpperCase(), HELLO, List.of(KEY), Instant.now()));
        assertFalse(SautikitSignature.verify(HELLO_HEX, HELLO, List.of("other".getBytes()), Instant.now()));
        assertFalse(SautikitSignature.verify(HELLO_HEX, "Hello, World?".getBytes(), List.of(KEY), Instant.now()));
    }

    @Test
    void sautikit_timestamped_signature_verifies_within_300_seconds_only() {
        long t = 1_800_000_000L;
        String header = Signer.sautikitTimestamped("It's a Secret to Everybody", HELLO, t);
        assertTrue(SautikitSignature.verify(header, HELLO, List.of(KEY), Instant.ofEpochSecond(t + 300)));
        assertTrue(SautikitSignature.verify(header, HELLO, List.of(KEY), Instant.ofEpochSecond(t - 300)));
        assertFalse(SautikitSignature.verify(header, HELLO, List.of(KEY), Instant.ofEpochSecond(t + 301)));
        assertFalse(SautikitSignature.verify(header, HELLO, List.of(KEY), Instant.ofEpochSecond(t - 301)));
        // The plain body HMAC is not accepted in the timestamped form.
        assertFalse(SautikitSignature.verify("t=" + t + ",v1=" + HELLO_HEX, HELLO, List.of(KEY),
                Instant.ofEpochSecond(t)));
    }

    @Test
    void ed25519_vector_signs_deterministically_and_verifies_with_the_raw_public_key() {
        byte[] msg = ("1614265330|" + TELNYX_BODY).getBytes(StandardCharsets.UTF_8);
        assertEquals(TELNYX_SIG, Signer.ed25519(SEED, msg));
        assertTrue(WebhookCrypto.ed25519Verify(Base64.getDecoder().decode(PUBLIC), msg,
                Base64.getDecoder().decode(TELNYX_SIG)));
    }

    @Test
    void telnyx_signature_vector_verifies_and_tampering_or_stale_or_future_timestamps_fail() {
        byte[] body = TELNYX_BODY.getBytes(StandardCharsets.UTF_8);
        List<byte[]> keys = List.of(Base64.getDecoder().decode(PUBLIC));
        assertTrue(TelnyxSignature.verify(TELNYX_SIG, "1614265330", body, keys, TELNYX_T));
        assertFalse(TelnyxSignature.verify(TELNYX_SIG, "1614265330",
                TELNYX_BODY.replace("abc123", "abc124").getBytes(), keys, TELNYX_T));
        assertFalse(TelnyxSignature.verify(TELNYX_SIG, "1614265331", body, keys, TELNYX_T));
        assertFalse(TelnyxSignature.verify(TELNYX_SIG, "1614265330", body, keys, TELNYX_T.plusSeconds(301)));
        assertFalse(TelnyxSignature.verify(TELNYX_SIG, "1614265330", body, keys, TELNYX_T.minusSeconds(301)));
        assertFalse(TelnyxSignature.verify(TELNYX_SIG, "1614265330", body,
                List.of(new byte[32]), TELNYX_T));
        assertFalse(TelnyxSignature.verify(null, "1614265330", body, keys, TELNYX_T));
        assertFalse(TelnyxSignature.verify(TELNYX_SIG, null, body, keys, TELNYX_T));
    }
}
