package com.numberinventory.bootstrap.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretsKeySourceTest {

    @Test
    void without_a_secrets_key_or_key_file_the_service_refuses_to_start() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SecretsKeySource.currentKey(Optional.empty(), Optional.empty(), new SecureRandom()));
        assertTrue(e.getMessage().contains("NUMBERS_SECRETS_KEY"));
    }

    @Test
    void the_local_run_generates_a_key_file_once_and_reuses_it(@TempDir Path dir) {
        Path file = dir.resolve(".data/secrets.key");
        byte[] first = SecretsKeySource.currentKey(Optional.empty(), Optional.of(file.toString()), new SecureRandom());
        byte[] second = SecretsKeySource.currentKey(Optional.empty(), Optional.of(file.toString()), new SecureRandom());
        assertEquals(32, first.length);
        assertArrayEquals(first, second);
        assertTrue(Files.exists(file));
    }

    @Test
    void a_configured_key_wins_and_must_be_32_bytes() {
        assertEquals(32, SecretsKeySource.currentKey(Optional.of("dGVzdC1zdWl0ZS1tYXN0ZXIta2V5LTMyLWJ5dGVzISE="),
                Optional.empty(), new SecureRandom()).length);
        assertThrows(IllegalArgumentException.class,
                () -> SecretsKeySource.currentKey(Optional.of("c2hvcnQ="), Optional.empty(), new SecureRandom()));
    }
}
