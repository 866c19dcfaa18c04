package com.numberinventory.adapters.secrets;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AesGcmSecretSealerTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static byte[] key() {
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        return k;
    }

    @Test
    void a_sealed_secret_opens_to_the_same_text_and_does_not_contain_it() {
        AesGcmSecretSealer sealer = new AesGcmSecretSealer(key(), List.of(), RANDOM);
        String sealed = sealer.seal("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        assertTrue(sealed.startsWith("gcm1."));
        assertFalse(sealed.contains("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
        assertEquals("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", sealer.open(sealed));
    }

    @Test
    void sealing_twice_gives_different_ciphertexts() {
        AesGcmSecretSealer sealer = new AesGcmSecretSealer(key(), List.of(), RANDOM);
        assertNotEquals(sealer.seal("same"), sealer.seal("same"));
    }

    @Test
    void a_tampered_value_does_not_open() {
        AesGcmSecretSealer sealer = new AesGcmSecretSealer(key(), List.of(), RANDOM);
        String sealed = sealer.seal("secret");
        char last = sealed.charAt(sealed.length() - 2);
        String tampered = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A')
                + sealed.charAt(sealed.length() - 1);
        assertThrows(IllegalArgumentException.class, () -> sealer.open(tampered));
    }

    @Test
    void after_a_rotation_old_values_still_open_and_are_flagged_for_resealing() {
        byte[] oldKey = key();
        String sealedOld = new AesGcmSecretSealer(oldKey, List.of(), RANDOM).seal("secret");
        AesGcmSecretSealer rotated = new AesGcmSecretSealer(key(), List.of(oldKey), RANDOM);
        assertEquals("secret", rotated.open(sealedOld));
        assertTrue(rotated.needsResealing(sealedOld));
        assertFalse(rotated.needsResealing(rotated.seal("secret")));
    }

    @Test
    void a_value_sealed_under_an_unknown_key_is_refused() {
        String sealed = new AesGcmSecretSealer(key(), List.of(), RANDOM).seal("secret");
        AesGcmSecretSealer other = new AesGcmSecretSealer(key(), List.of(), RANDOM);
        assertThrows(IllegalStateException.class, () -> other.open(sealed));
    }

    @Test
    void a_master_key_must_be_32_bytes_of_base64() {
        assertThrows(IllegalArgumentException.class, () -> AesGcmSecretSealer.decodeKey("K", "not base64!"));
        assertThrows(IllegalArgumentException.class,
                () -> AesGcmSecretSealer.decodeKey("K", Base64.getEncoder().encodeToString(new byte[16])));
        assertEquals(32, AesGcmSecretSealer.decodeKey("K", Base64.getEncoder().encodeToString(new byte[32])).length);
    }
}
