package com.numberinventory.domain.webhook;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookSignerTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330L;
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

    @Test
    void signing_the_standard_webhooks_vector_gives_the_published_signature() {
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSigner.sign(SECRET, ID, TIMESTAMP, BODY));
    }

    @Test
    void a_rotation_header_carries_one_space_separated_signature_per_secret_and_each_verifies() {
        String other = WebhookSecret.generate();
        String header = WebhookSigner.header(List.of(other, SECRET), ID, TIMESTAMP, BODY);
        String[] parts = header.split(" ");
        assertEquals(2, parts.length);
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", parts[1]);
        assertTrue(WebhookSigner.verify(SECRET, ID, TIMESTAMP, BODY, header));
        assertTrue(WebhookSigner.verify(other, ID, TIMESTAMP, BODY, header));
    }

    @Test
    void a_changed_body_or_timestamp_or_other_secret_does_not_verify() {
        String header = WebhookSigner.sign(SECRET, ID, TIMESTAMP, BODY);
        assertFalse(WebhookSigner.verify(SECRET, ID, TIMESTAMP + 1, BODY, header));
        assertFalse(WebhookSigner.verify(SECRET, ID, TIMESTAMP, "{\"test\": 1}".getBytes(StandardCharsets.UTF_8), header));
        assertFalse(WebhookSigner.verify(WebhookSecret.generate(), ID, TIMESTAMP, BODY, header));
    }

    @Test
    void generated_secrets_are_whsec_and_base64_of_32_bytes() {
        String secret = WebhookSecret.generate();
        assertTrue(secret.startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(secret.substring(6)).length);
        assertFalse(secret.equals(WebhookSecret.generate()));
    }
}
