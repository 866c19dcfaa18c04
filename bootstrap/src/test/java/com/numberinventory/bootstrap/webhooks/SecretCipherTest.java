package com.numberinventory.bootstrap.webhooks;

import com.numberinventory.adapters.persistence.SecretCipher;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SecretCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final byte[] SECRET = "whsec_abc".getBytes(StandardCharsets.UTF_8);

    @Test
    void sealed_secrets_open_with_the_key_and_do_not_contain_the_plain_secret() {
        SecretCipher cipher = new SecretCipher(Optional.of(KEY));
        byte[] sealed = cipher.seal(SECRET);
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("whsec_abc"));
        assertArrayEquals(SECRET, cipher.open(sealed));
    }

    @Test
    void a_tampered_or_keyless_sealed_secret_does_not_open() {
        byte[] sealed = new SecretCipher(Optional.of(KEY)).seal(SECRET);
        sealed[sealed.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> new SecretCipher(Optional.of(KEY)).open(sealed));
        byte[] good = new SecretCipher(Optional.of(KEY)).seal(SECRET);
        assertThrows(IllegalStateException.class, () -> new SecretCipher(Optional.empty()).open(good));
    }

    @Test
    void without_a_key_secrets_round_trip_and_a_bad_key_is_refused() {
        SecretCipher none = new SecretCipher(Optional.empty());
        assertArrayEquals(SECRET, none.open(none.seal(SECRET)));
        assertThrows(IllegalStateException.class, () -> new SecretCipher(Optional.of("c2hvcnQ=")));
    }
}
