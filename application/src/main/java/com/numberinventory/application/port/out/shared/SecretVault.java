package com.numberinventory.application.port.out.shared;

/**
 * Keeps secrets at rest: {@code seal} turns a secret into what is stored, {@code open} turns it back. The stored
 * form never leaves the service; an implementation may encrypt (e.g. AES-GCM).
 */
public interface SecretVault {

    String seal(String secret);

    String open(String sealed);
}
