package com.numberinventory.bootstrap.security;

import com.numberinventory.adapters.secrets.AesGcmSecretSealer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Where the master key comes from: {@code NUMBERS_SECRETS_KEY} (production), else a key file that is made on
 * first use (the local demo run keeps it in the git-ignored {@code .data/} folder). With neither, the service
 * refuses to start.
 */
public final class SecretsKeySource {

    private SecretsKeySource() {
    }

    public static byte[] currentKey(Optional<String> key, Optional<String> keyFile, SecureRandom random) {
        if (key.isPresent() && !key.get().isBlank()) {
            return AesGcmSecretSealer.decodeKey("NUMBERS_SECRETS_KEY", key.get());
        }
        if (keyFile.isPresent() && !keyFile.get().isBlank()) {
            String base64 = readOrCreate(Path.of(keyFile.get()), () -> {
                byte[] fresh = new byte[32];
                random.nextBytes(fresh);
                return Base64.getEncoder().encodeToString(fresh);
            });
            return AesGcmSecretSealer.decodeKey(keyFile.get(), base64);
        }
        throw new IllegalStateException("NUMBERS_SECRETS_KEY is not set: set it to the base64 of 32 random bytes "
                + "(openssl rand -base64 32); the service will not store secrets without it");
    }

    /** The file's content, or a new value written to it (owner-only permissions where the OS has them). */
    public static String readOrCreate(Path file, java.util.function.Supplier<String> fresh) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            String value = fresh.get();
            Files.writeString(file, value + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or write " + file, e);
        }
    }
}
